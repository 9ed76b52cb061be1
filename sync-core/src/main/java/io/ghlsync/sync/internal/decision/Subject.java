package io.ghlsync.sync.internal.decision;

import io.ghlsync.sync.model.EntityKind;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;

/**
 * The GHL record a step is about, and the work item it is decided in.
 *
 * @param kind the record kind
 * @param ghlId the GHL record id
 * @param contactId the GHL contact it belongs to (for a contact, its own id)
 * @param parent the target contact a task or note belongs to; empty for contacts
 * @param workItemId the work item, from which idempotency keys derive
 */
public record Subject(
    EntityKind kind, String ghlId, String contactId, Optional<String> parent, String workItemId) {

  /**
   * Validates the components.
   *
   * @param kind the record kind
   * @param ghlId the GHL record id
   * @param contactId the GHL contact it belongs to
   * @param parent the target contact of a task or note; empty for contacts
   * @param workItemId the work item
   */
  public Subject {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(ghlId, "ghlId");
    Objects.requireNonNull(contactId, "contactId");
    Objects.requireNonNull(parent, "parent");
    Objects.requireNonNull(workItemId, "workItemId");
    if (kind != EntityKind.CONTACT && parent.isEmpty()) {
      throw new IllegalArgumentException("a task or note needs its target contact");
    }
  }

  /**
   * A contact.
   *
   * @param contactId the GHL contact id
   * @param workItemId the work item
   * @return the subject
   */
  public static Subject contact(String contactId, String workItemId) {
    return new Subject(EntityKind.CONTACT, contactId, contactId, Optional.empty(), workItemId);
  }

  /**
   * A task or note of a contact.
   *
   * @param kind task or note
   * @param ghlId the GHL record id
   * @param contactId the GHL contact
   * @param parent the target contact
   * @param workItemId the work item
   * @return the subject
   */
  public static Subject child(
      EntityKind kind, String ghlId, String contactId, String parent, String workItemId) {
    return new Subject(kind, ghlId, contactId, Optional.of(parent), workItemId);
  }

  /**
   * The idempotency key of one operation on this record: stable across retries of the same work
   * item and content, different for another record, operation or content.
   *
   * @param operation e.g. {@code create}
   * @param content e.g. the mapped record's fingerprint
   * @return 32 hex characters
   */
  public String key(String operation, String content) {
    String text = String.join("|", workItemId, kind.name(), ghlId, operation, content);
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest).substring(0, 32);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every Java platform", e);
    }
  }
}
