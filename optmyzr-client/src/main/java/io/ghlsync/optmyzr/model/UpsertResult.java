package io.ghlsync.optmyzr.model;

import java.util.Objects;

/**
 * The outcome of an upsert by external id.
 *
 * @param contact the contact as stored now
 * @param created true if the upsert created it (HTTP 201), false if it updated it (HTTP 200)
 */
public record UpsertResult(Contact contact, boolean created) {

  /**
   * Requires a contact.
   *
   * @param contact the contact as stored now; not null
   * @param created true if the upsert created it (HTTP 201), false if it updated it (HTTP 200)
   */
  public UpsertResult {
    Objects.requireNonNull(contact, "contact");
  }
}
