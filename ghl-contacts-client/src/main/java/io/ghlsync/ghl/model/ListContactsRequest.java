package io.ghlsync.ghl.model;

import io.ghlsync.core.RedactedString;
import io.ghlsync.ghl.internal.Arguments;
import io.ghlsync.ghl.internal.PathSegments;
import java.util.Optional;

/**
 * The query of the deprecated {@code GET /contacts/} (GHL says: use search instead).
 *
 * @param locationId the sub-account id; when unset, the client's {@code locationId} is used
 * @param startAfterId id cursor from the previous page's {@code meta}
 * @param startAfter time cursor (epoch milliseconds) from the previous page's {@code meta}
 * @param query a search text
 * @param limit contacts per page, 1..100 (GHL's default is 20)
 */
public record ListContactsRequest(
    Optional<String> locationId,
    Optional<String> startAfterId,
    Optional<Long> startAfter,
    Optional<String> query,
    Optional<Integer> limit) {

  /** The most contacts GHL returns per list page. */
  public static final int MAX_LIMIT = 100;

  /**
   * Starts a request.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builder of {@link ListContactsRequest}. */
  public static final class Builder {
    private Optional<String> locationId = Optional.empty();
    private Optional<String> startAfterId = Optional.empty();
    private Optional<Long> startAfter = Optional.empty();
    private Optional<String> query = Optional.empty();
    private Optional<Integer> limit = Optional.empty();

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
     * Sets the id cursor.
     *
     * @param value {@code meta.startAfterId} of the previous page
     * @return this builder
     */
    public Builder startAfterId(String value) {
      this.startAfterId = Optional.of(PathSegments.id(value, "startAfterId"));
      return this;
    }

    /**
     * Sets the time cursor.
     *
     * @param value {@code meta.startAfter} of the previous page (epoch milliseconds)
     * @return this builder
     */
    public Builder startAfter(long value) {
      if (value < 0) {
        throw new IllegalArgumentException("startAfter must not be negative, was " + value);
      }
      this.startAfter = Optional.of(value);
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
     * @param value 1..100
     * @return this builder
     */
    public Builder limit(int value) {
      this.limit = Optional.of(Arguments.inRange(value, "limit", 1, MAX_LIMIT));
      return this;
    }

    /**
     * Builds the request.
     *
     * @return the request
     */
    public ListContactsRequest build() {
      return new ListContactsRequest(locationId, startAfterId, startAfter, query, limit);
    }
  }

  /** Shows ids, dates and status only; personal data and free text are redacted. */
  @Override
  public String toString() {
    return RedactedString.of("ListContactsRequest")
        .with("locationId", locationId)
        .with("startAfterId", startAfterId)
        .with("startAfter", startAfter)
        .with("limit", limit)
        .hidden("query")
        .toString();
  }
}
