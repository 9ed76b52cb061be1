package io.ghlsync.sync.store;

import java.time.Instant;
import java.util.List;

/**
 * The append-only audit trail of engine decisions, for every target of a store; see {@link
 * AuditEntry}. Thread safe.
 */
public interface AuditLog {
  /**
   * Appends an entry.
   *
   * @param entry the entry
   */
  void append(AuditEntry entry);

  /**
   * The entries of one contact (its own and its tasks' and notes'), in every target, oldest first.
   *
   * @param locationId the GHL location
   * @param contactId the GHL contact
   * @return the entries
   */
  List<AuditEntry> forContact(String locationId, String contactId);

  /**
   * The entries of one contact made in a time range, in every target, oldest first.
   *
   * @param locationId the GHL location
   * @param contactId the GHL contact
   * @param from the earliest instant (inclusive)
   * @param to the latest instant (exclusive)
   * @return the entries
   */
  List<AuditEntry> forContact(String locationId, String contactId, Instant from, Instant to);

  /**
   * The newest entries of all contacts, newest first.
   *
   * @param limit the most entries
   * @return the entries
   */
  List<AuditEntry> recent(int limit);

  /**
   * Drops entries older than an instant (retention).
   *
   * @param cutoff entries before this instant are dropped
   * @return how many were dropped
   */
  int purgeBefore(Instant cutoff);
}
