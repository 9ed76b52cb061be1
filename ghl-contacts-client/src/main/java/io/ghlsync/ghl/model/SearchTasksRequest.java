package io.ghlsync.ghl.model;

import io.ghlsync.core.RedactedString;
import io.ghlsync.ghl.internal.Arguments;
import io.ghlsync.ghl.internal.PathSegments;
import java.util.List;
import java.util.Optional;

/**
 * A location task search ({@code POST /locations/{locationId}/tasks/search}): the tasks of many
 * contacts in one call, e.g. those of a page of contacts.
 *
 * <pre>{@code
 * client.tasks().searchAll(SearchTasksRequest.builder().contactId(ids).build())
 * }</pre>
 *
 * @param locationId the sub-account id; when unset, the client's {@code locationId} is used
 * @param contactId only tasks of these contacts (empty: any contact)
 * @param completed only done ({@code true}) or pending ({@code false}) tasks
 * @param assignedTo only tasks assigned to these users (empty: anyone)
 * @param query a search text matched against the task
 * @param limit tasks per page, 1..{@value #MAX_LIMIT} (GHL's default would be 25)
 * @param skip tasks to skip, for paging
 */
public record SearchTasksRequest(
    Optional<String> locationId,
    List<String> contactId,
    Optional<Boolean> completed,
    List<String> assignedTo,
    Optional<String> query,
    int limit,
    int skip) {

  /**
   * The largest page this client asks for. GHL documents no maximum for this endpoint (its default
   * is 25); 100 matches the other GHL list endpoints.
   */
  public static final int MAX_LIMIT = 100;

  /**
   * Starts a request (page size {@value #MAX_LIMIT}, from the first task).
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder holding this request's values, e.g. to ask for the next page.
   *
   * @return a builder
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.locationId = locationId;
    b.contactId = contactId;
    b.completed = completed;
    b.assignedTo = assignedTo;
    b.query = query;
    b.limit = limit;
    b.skip = skip;
    return b;
  }

  /** Builder of {@link SearchTasksRequest}. */
  public static final class Builder {
    private Optional<String> locationId = Optional.empty();
    private List<String> contactId = List.of();
    private Optional<Boolean> completed = Optional.empty();
    private List<String> assignedTo = List.of();
    private Optional<String> query = Optional.empty();
    private int limit = MAX_LIMIT;
    private int skip;

    private Builder() {}

    /**
     * Sets the sub-account id.
     *
     * @param value the location id
     * @return this builder
     */
    public Builder locationId(String value) {
      this.locationId = Optional.of(PathSegments.id(value, "locationId"));
      return this;
    }

    /**
     * Limits the search to tasks of these contacts.
     *
     * @param values contact ids, none blank
     * @return this builder
     */
    public Builder contactId(List<String> values) {
      this.contactId = Arguments.strings(values, "contactId");
      return this;
    }

    /**
     * Limits the search to done or pending tasks.
     *
     * @param value {@code true} for done tasks, {@code false} for pending ones
     * @return this builder
     */
    public Builder completed(boolean value) {
      this.completed = Optional.of(value);
      return this;
    }

    /**
     * Limits the search to tasks assigned to these users.
     *
     * @param values user ids, none blank
     * @return this builder
     */
    public Builder assignedTo(List<String> values) {
      this.assignedTo = Arguments.strings(values, "assignedTo");
      return this;
    }

    /**
     * Sets a search text.
     *
     * @param value the text
     * @return this builder
     */
    public Builder query(String value) {
      this.query = Optional.of(Arguments.notNull(value, "query"));
      return this;
    }

    /**
     * Sets the page size.
     *
     * @param value 1..{@value SearchTasksRequest#MAX_LIMIT}
     * @return this builder
     */
    public Builder limit(int value) {
      this.limit = Arguments.inRange(value, "limit", 1, MAX_LIMIT);
      return this;
    }

    /**
     * Sets how many tasks to skip.
     *
     * @param value 0 or more
     * @return this builder
     */
    public Builder skip(int value) {
      this.skip = Arguments.inRange(value, "skip", 0, Integer.MAX_VALUE);
      return this;
    }

    /**
     * Builds the request.
     *
     * @return the request
     */
    public SearchTasksRequest build() {
      return new SearchTasksRequest(
          locationId, contactId, completed, assignedTo, query, limit, skip);
    }
  }

  /** Shows ids and paging only; the search text is redacted. */
  @Override
  public String toString() {
    return RedactedString.of("SearchTasksRequest")
        .with("locationId", locationId)
        .with("contacts", Optional.of(contactId.size()))
        .with("completed", completed)
        .with("assignedTo", Optional.of(assignedTo.size()))
        .with("limit", Optional.of(limit))
        .with("skip", Optional.of(skip))
        .hidden("query")
        .toString();
  }
}
