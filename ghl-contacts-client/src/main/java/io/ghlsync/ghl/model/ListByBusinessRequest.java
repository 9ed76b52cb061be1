package io.ghlsync.ghl.model;

import io.ghlsync.core.RedactedString;
import io.ghlsync.ghl.internal.Arguments;
import io.ghlsync.ghl.internal.PathSegments;
import java.util.Optional;

/**
 * The query of {@code GET /contacts/business/{businessId}}: the contacts linked to a business,
 * paged with {@code skip}/{@code limit}.
 *
 * @param locationId the sub-account id; when unset, the client's {@code locationId} is used
 * @param limit contacts per page (GHL's default is 25)
 * @param skip contacts to skip
 * @param query a search text
 */
public record ListByBusinessRequest(
    Optional<String> locationId,
    Optional<Integer> limit,
    Optional<Integer> skip,
    Optional<String> query) {

  /**
   * Starts a request.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builder of {@link ListByBusinessRequest}. */
  public static final class Builder {
    private Optional<String> locationId = Optional.empty();
    private Optional<Integer> limit = Optional.empty();
    private Optional<Integer> skip = Optional.empty();
    private Optional<String> query = Optional.empty();

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
     * Sets the page size.
     *
     * @param value at least 1
     * @return this builder
     */
    public Builder limit(int value) {
      this.limit = Optional.of(Arguments.inRange(value, "limit", 1, Integer.MAX_VALUE));
      return this;
    }

    /**
     * Sets how many contacts to skip.
     *
     * @param value at least 0
     * @return this builder
     */
    public Builder skip(int value) {
      this.skip = Optional.of(Arguments.inRange(value, "skip", 0, Integer.MAX_VALUE));
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
     * Builds the request.
     *
     * @return the request
     */
    public ListByBusinessRequest build() {
      return new ListByBusinessRequest(locationId, limit, skip, query);
    }
  }

  /** Shows ids, dates and status only; personal data and free text are redacted. */
  @Override
  public String toString() {
    return RedactedString.of("ListByBusinessRequest")
        .with("locationId", locationId)
        .with("limit", limit)
        .with("skip", skip)
        .hidden("query")
        .toString();
  }
}
