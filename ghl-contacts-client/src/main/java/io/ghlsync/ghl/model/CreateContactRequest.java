package io.ghlsync.ghl.model;

import io.ghlsync.ghl.internal.Inline;
import io.ghlsync.ghl.internal.RecordFields;
import java.util.Optional;

/**
 * The body of {@code POST /contacts/}: a new contact. GHL has been seen to answer 422 and still
 * create the contact, so this call is never retried blindly; prefer {@link UpsertContactRequest}
 * when a retry must be safe. The contact's own fields are the shared {@link ContactFields}; every
 * setter takes {@code null} as "not set".
 *
 * <p>Example: {@code
 * CreateContactRequest.builder().locationId("loc").firstName("Ada").email("ada@example.com").build()}
 *
 * @param locationId the sub-account (location) id; when unset, the client's {@code locationId} is
 *     used
 * @param fields the contact's fields (sent at the top level of the body)
 * @param gender the gender, e.g. {@code male}
 * @param companyName the company name
 */
public record CreateContactRequest(
    Optional<String> locationId,
    @Inline ContactFields fields,
    Optional<String> gender,
    Optional<String> companyName) {

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
    return new Builder().fields(fields).newContact(locationId, gender, companyName);
  }

  /**
   * A copy with the given location id.
   *
   * @param value the location id
   * @return the copy
   */
  public CreateContactRequest withLocationId(String value) {
    return toBuilder().locationId(value).build();
  }

  /** Names the fields that are set, without their values (no personal data). */
  @Override
  public String toString() {
    return "CreateContactRequest[fields=" + RecordFields.present(this) + "]";
  }

  /** Builder of {@link CreateContactRequest}. */
  public static final class Builder extends NewContactBuilder<Builder> {
    private Builder() {}

    @Override
    Builder self() {
      return this;
    }

    /**
     * Builds the request.
     *
     * @return the request
     */
    public CreateContactRequest build() {
      return new CreateContactRequest(locationId, buildFields(), gender, companyName);
    }
  }
}
