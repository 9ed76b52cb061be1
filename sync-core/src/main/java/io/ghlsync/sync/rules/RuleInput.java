package io.ghlsync.sync.rules;

import io.ghlsync.sync.enrich.ContactActivity;
import io.ghlsync.sync.mapping.SourceRecord;
import java.time.Instant;
import java.util.Objects;

/**
 * What triggers look at: the facts remembered from the last run, the facts now, and the contact
 * with its tasks, notes and appointments.
 *
 * @param previous the facts after the last successful run ({@link ContactFacts#none()} the first
 *     time)
 * @param current the facts now
 * @param record the contact with {@code $enriched} and {@code $score} fields
 * @param activity the contact's tasks, notes and appointments and the time of the sync
 * @param firstRun true when the contact has no remembered facts
 */
public record RuleInput(
    ContactFacts previous,
    ContactFacts current,
    SourceRecord record,
    ContactActivity activity,
    boolean firstRun) {

  /**
   * Validates the components.
   *
   * @param previous the facts after the last run
   * @param current the facts now
   * @param record the enriched contact
   * @param activity the contact's activity
   * @param firstRun true without remembered facts
   */
  public RuleInput {
    Objects.requireNonNull(previous, "previous");
    Objects.requireNonNull(current, "current");
    Objects.requireNonNull(record, "record");
    Objects.requireNonNull(activity, "activity");
  }

  /**
   * The time of the sync.
   *
   * @return the time
   */
  public Instant now() {
    return activity.now();
  }
}
