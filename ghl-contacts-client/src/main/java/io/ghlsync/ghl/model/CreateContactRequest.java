package io.ghlsync.ghl.model;

import io.ghlsync.ghl.internal.Arguments;
import io.ghlsync.ghl.internal.PathSegments;
import io.ghlsync.ghl.internal.RecordFields;
import java.util.List;
import java.util.Optional;

/**
 * The body of {@code POST /contacts/}: a new contact. GHL has been seen to answer 422 and still
 * create the contact, so this call is never retried blindly; prefer {@link UpsertContactRequest}
 * when a retry must be safe.
 *
 * <p>Example: {@code
 * CreateContactRequest.builder().locationId("loc").firstName("Ada").email("ada@example.com").build()}
 *
 * @param locationId the sub-account (location) id; when unset, the client's {@code locationId} is
 *     used
 * @param firstName the first name
 * @param lastName the last name
 * @param name the full name
 * @param email the primary email
 * @param phone the primary phone, e.g. {@code +1 888-888-8888}
 * @param address1 the street address
 * @param city the city
 * @param state the state or region
 * @param postalCode the postal code
 * @param website the website
 * @param timezone the IANA time zone, e.g. {@code America/Chihuahua}
 * @param dnd global do-not-disturb
 * @param dndSettings do-not-disturb per channel
 * @param inboundDndSettings inbound do-not-disturb
 * @param tags the tags; <b>replaces</b> all existing tags (use {@code tags().add} to add some)
 * @param customFields custom-field values
 * @param source the source, e.g. {@code public api}
 * @param dateOfBirth the date of birth, e.g. {@code 1990-09-25} (GHL also accepts {@code
 *     YYYY/MM/DD}, {@code MM/DD/YYYY} and dotted or underscored forms)
 * @param country the country, ISO-3166 alpha-2
 * @param assignedTo the id of the assigned user
 * @param gender the gender, e.g. {@code male}
 * @param companyName the company name
 */
public record CreateContactRequest(
    Optional<String> locationId,
    Optional<String> firstName,
    Optional<String> lastName,
    Optional<String> name,
    Optional<String> email,
    Optional<String> phone,
    Optional<String> address1,
    Optional<String> city,
    Optional<String> state,
    Optional<String> postalCode,
    Optional<String> website,
    Optional<String> timezone,
    Optional<Boolean> dnd,
    Optional<DndSettings> dndSettings,
    Optional<InboundDndSettings> inboundDndSettings,
    Optional<List<String>> tags,
    Optional<List<CustomFieldInput>> customFields,
    Optional<String> source,
    Optional<String> dateOfBirth,
    Optional<String> country,
    Optional<String> assignedTo,
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
   * A copy with the given location id.
   *
   * @param value the location id
   * @return the copy
   */
  public CreateContactRequest withLocationId(String value) {
    return new CreateContactRequest(
        Optional.of(PathSegments.id(value, "locationId")),
        firstName,
        lastName,
        name,
        email,
        phone,
        address1,
        city,
        state,
        postalCode,
        website,
        timezone,
        dnd,
        dndSettings,
        inboundDndSettings,
        tags,
        customFields,
        source,
        dateOfBirth,
        country,
        assignedTo,
        gender,
        companyName);
  }

  /** Names the fields that are set, without their values (no personal data). */
  @Override
  public String toString() {
    return "CreateContactRequest[fields=" + RecordFields.present(this) + "]";
  }

  /** Builder of {@link CreateContactRequest}. */
  public static final class Builder extends ContactFieldsBuilder<Builder> {
    private Optional<String> locationId = Optional.empty();
    private Optional<String> gender = Optional.empty();
    private Optional<String> companyName = Optional.empty();

    private Builder() {}

    @Override
    Builder self() {
      return this;
    }

    /**
     * Sets the sub-account (location) id.
     *
     * @param value the value
     * @return this builder
     */
    public Builder locationId(String value) {
      this.locationId = Optional.of(PathSegments.id(value, "locationId"));
      return this;
    }

    /**
     * Sets the gender.
     *
     * @param value the value
     * @return this builder
     */
    public Builder gender(String value) {
      this.gender = Optional.of(Arguments.notBlank(value, "gender"));
      return this;
    }

    /**
     * Sets the company name.
     *
     * @param value the value
     * @return this builder
     */
    public Builder companyName(String value) {
      this.companyName = Optional.of(Arguments.notNull(value, "companyName"));
      return this;
    }

    /**
     * Builds the request.
     *
     * @return the request
     * @throws IllegalArgumentException if the request is incomplete
     */
    public CreateContactRequest build() {
      return new CreateContactRequest(
          locationId,
          firstName,
          lastName,
          name,
          email,
          phone,
          address1,
          city,
          state,
          postalCode,
          website,
          timezone,
          dnd,
          dndSettings,
          inboundDndSettings,
          tags,
          customFields,
          source,
          dateOfBirth,
          country,
          assignedTo,
          gender,
          companyName);
    }
  }
}
