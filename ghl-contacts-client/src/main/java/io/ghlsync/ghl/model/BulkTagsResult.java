package io.ghlsync.ghl.model;

import io.ghlsync.core.RedactedString;
import io.ghlsync.ghl.internal.JsonAlias;
import java.util.List;
import java.util.Optional;

/**
 * The outcome of a bulk tag update.
 *
 * @param succeeded whether the call succeeded (read from either of GHL's spellings)
 * @param errorCount how many contacts failed
 * @param responses the result per contact
 */
public record BulkTagsResult(
    @JsonAlias("succeded") boolean succeeded, int errorCount, List<ContactResult> responses) {

  /**
   * The result for one contact.
   *
   * @param contactId the contact
   * @param message GHL's message, e.g. {@code Tags updated}
   * @param type {@code success} or {@code error}
   * @param oldTags the tags before
   * @param tagsAdded the tags added
   * @param tagsRemoved the tags removed
   */
  public record ContactResult(
      Optional<String> contactId,
      Optional<String> message,
      Optional<String> type,
      List<String> oldTags,
      List<String> tagsAdded,
      List<String> tagsRemoved) {

    /**
     * Whether this contact was updated.
     *
     * @return true if {@code type} is {@code success}
     */
    public boolean isSuccess() {
      return type.filter("success"::equals).isPresent();
    }

    /** Shows the contact id and outcome; the tags are redacted. */
    @Override
    public String toString() {
      return RedactedString.of("ContactResult")
          .with("contactId", contactId)
          .with("type", type)
          .hidden("message", "oldTags", "tagsAdded", "tagsRemoved")
          .toString();
    }
  }
}
