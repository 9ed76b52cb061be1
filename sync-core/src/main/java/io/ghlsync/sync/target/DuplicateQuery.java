package io.ghlsync.sync.target;

import io.ghlsync.sync.store.Link;
import java.util.List;
import java.util.Objects;

/**
 * What identifies a contact when no {@link Link} exists: its GHL id (for targets that store an
 * external id), its normalised (trimmed, lower-case) email and its E.164 phone.
 *
 * @param ghlId the GHL contact id
 * @param emails normalised emails, possibly empty
 * @param phones E.164 phones, possibly empty
 */
public record DuplicateQuery(String ghlId, List<String> emails, List<String> phones) {
  /**
   * Validates and copies the components.
   *
   * @param ghlId the GHL contact id
   * @param emails normalised emails, possibly empty
   * @param phones E.164 phones, possibly empty
   */
  public DuplicateQuery {
    Objects.requireNonNull(ghlId, "ghlId");
    emails = List.copyOf(emails);
    phones = List.copyOf(phones);
  }
}
