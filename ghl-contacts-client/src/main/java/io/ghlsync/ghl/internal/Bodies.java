package io.ghlsync.ghl.internal;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The small request bodies the services build from method arguments. */
public final class Bodies {
  private Bodies() {}

  /**
   * {@code {tags}}.
   *
   * @param tags the tags
   */
  public record TagsBody(List<String> tags) {}

  /**
   * {@code {followers}}.
   *
   * @param followers user ids
   */
  public record FollowersBody(List<String> followers) {}

  /**
   * {@code {completed}}.
   *
   * @param completed the new state
   */
  public record CompletedBody(boolean completed) {}

  /**
   * {@code {eventStartTime?}}.
   *
   * @param eventStartTime ISO-8601 with offset
   */
  public record WorkflowBody(Optional<String> eventStartTime) {}

  /**
   * {@code {contactId?, completed?, assignedTo?, query?, limit, skip}}: GHL's {@code
   * TaskSearchParamsDto} (the location is in the path).
   *
   * @param contactId contact ids, absent for any contact
   * @param completed done or pending only
   * @param assignedTo user ids, absent for anyone
   * @param query search text
   * @param limit page size
   * @param skip tasks skipped
   */
  public record TaskSearchBody(
      Optional<List<String>> contactId,
      Optional<Boolean> completed,
      Optional<List<String>> assignedTo,
      Optional<String> query,
      int limit,
      int skip) {}

  /** {@code {}}: GHL's {@code AddContactToCampaignDto}. */
  public record EmptyBody() {}

  /**
   * {@code {locationId, ids, businessId}}; an absent businessId removes the contacts from their
   * business, so it is then sent explicitly as JSON null.
   *
   * @param locationId the location
   * @param ids contact ids
   * @param businessId the business, or empty to remove
   * @param nulls holds {@code businessId} when it is to be sent as JSON null
   */
  public record BusinessBody(
      String locationId,
      List<String> ids,
      Optional<String> businessId,
      @ExplicitNulls Set<String> nulls) {}

  /**
   * {@code {contacts, tags, locationId, removeAllTags?}}.
   *
   * @param contacts contact ids
   * @param tags tags
   * @param locationId the location
   * @param removeAllTags remove every tag (remove only)
   */
  public record BulkTagsBody(
      List<String> contacts,
      List<String> tags,
      String locationId,
      Optional<Boolean> removeAllTags) {}
}
