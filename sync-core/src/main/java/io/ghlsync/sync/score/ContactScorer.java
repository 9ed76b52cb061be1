package io.ghlsync.sync.score;

import io.ghlsync.sync.mapping.SourceRecord;

/**
 * Scores an enriched contact. Implementations are pure and thread-safe: the same record gives the
 * same score, so an unchanged contact writes nothing.
 */
public interface ContactScorer {

  /**
   * The version of the scoring logic, recorded in the audit with each write; change it whenever the
   * rules change.
   *
   * @return e.g. {@code agency-3}
   */
  String version();

  /**
   * Scores a contact.
   *
   * @param contact the contact with its {@code $enriched} fields
   * @return the score
   */
  Score score(SourceRecord contact);
}
