package io.ghlsync.ghl.model;

import io.ghlsync.ghl.internal.Inline;
import io.ghlsync.ghl.internal.RecordFields;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The body of {@code POST /contacts/upsert}: updates the contact that matches by email or phone (in
 * the location's configured priority), or creates one. Tags sent here replace the contact's tags.
 * The contact's own fields are the shared {@link ContactFields}; every setter takes {@code null} as
 * "not set".
 *
 * <p>Example: {@code
 * UpsertContactRequest.builder().locationId("loc").email("ada@example.com").build()}
 *
 * @param locationId the sub-account (location) id; when unset, the client's {@code locationId} is
 *     used
 * @param fields the contact's fields (sent at the top level of the body)
 * @param gender the gender, e.g. {@code male}
 * @param companyName the company name
 * @param createNewIfDuplicateAllowed create a new contact when the location allows duplicates
 */
public record UpsertContactRequest(
    Optional<String> locationId,
    @Inline ContactFields fields,
    Optional<String> gender,
    Optional<String> companyName,
    Optional<Boolean> createNewIfDuplicateAllowed) {

  /**
   * Starts a request.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder holding this request, to change some of it.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    Builder b = new Builder().fields(fields).newContact(locationId, gender, companyName);
    b.createNewIfDuplicateAllowed = createNewIfDuplicateAllowed;
    return b;
  }

  /**
   * A copy with the given location id.
   *
   * @param value the location id
   * @return the copy
   */
  public UpsertContactRequest withLocationId(String value) {
    return toBuilder().locationId(value).build();
  }

  /** Names the fields that are set, without their values (no personal data). */
  @Override
  public String toString() {
    return "UpsertContactRequest[fields=" + RecordFields.present(this) + "]";
  }

  /** Builder of {@link UpsertContactRequest}. */
  public static final class Builder extends NewContactBuilder<Builder> {
    private Optional<Boolean> createNewIfDuplicateAllowed = Optional.empty();

    private Builder() {}

    @Override
    Builder self() {
      return this;
    }

    /**
     * Sets whether to always create when the location allows duplicates.
     *
     * @param value the value, or {@code null} for not set
     * @return this builder
     */
    public Builder createNewIfDuplicateAllowed(@Nullable Boolean value) {
      this.createNewIfDuplicateAllowed = Optional.ofNullable(value);
      return this;
    }

    /**
     * Builds the request.
     *
     * @return the request
     */
    public UpsertContactRequest build() {
      return new UpsertContactRequest(
          locationId, buildFields(), gender, companyName, createNewIfDuplicateAllowed);
    }
  }
}
