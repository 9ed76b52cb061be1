package io.ghlsync.ghl.model;

import io.ghlsync.ghl.internal.ExplicitNulls;
import io.ghlsync.ghl.internal.RecordFields;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The body of {@code PUT /contacts/{contactId}}. It has no {@code locationId}, {@code gender} or
 * {@code companyName} because GHL rejects them on update (422 "property X should not exist").
 * Clearing a field is explicit: {@code clearAssignedTo()} sends {@code null}; fields neither set
 * nor cleared are left as they are. Tags sent here replace the contact's tags.
 *
 * <p>Example: {@code
 * UpdateContactRequest.builder().phone("+4915112345678").clearAssignedTo().build()}
 *
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
 * @param cleared JSON fields sent as {@code null} to clear them
 */
public record UpdateContactRequest(
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
    @ExplicitNulls Set<String> cleared) {

  /**
   * Copies the set of cleared fields.
   *
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
   * @param cleared JSON fields sent as {@code null} to clear them
   */
  public UpdateContactRequest {
    cleared = Set.copyOf(cleared);
  }

  /**
   * Starts a request.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Names the fields that are set, without their values (no personal data). */
  @Override
  public String toString() {
    return "UpdateContactRequest[fields="
        + RecordFields.present(this)
        + ", cleared="
        + cleared
        + "]";
  }

  /** Builder of {@link UpdateContactRequest}. */
  public static final class Builder extends ContactFieldsBuilder<Builder> {

    private Builder() {}

    @Override
    Builder self() {
      return this;
    }

    /**
     * Clears firstName on the contact: sends {@code "firstName": null}.
     *
     * @return this builder
     */
    public Builder clearFirstName() {
      firstName = Optional.empty();
      cleared.add("firstName");
      return this;
    }

    /**
     * Clears lastName on the contact: sends {@code "lastName": null}.
     *
     * @return this builder
     */
    public Builder clearLastName() {
      lastName = Optional.empty();
      cleared.add("lastName");
      return this;
    }

    /**
     * Clears name on the contact: sends {@code "name": null}.
     *
     * @return this builder
     */
    public Builder clearName() {
      name = Optional.empty();
      cleared.add("name");
      return this;
    }

    /**
     * Clears email on the contact: sends {@code "email": null}.
     *
     * @return this builder
     */
    public Builder clearEmail() {
      email = Optional.empty();
      cleared.add("email");
      return this;
    }

    /**
     * Clears phone on the contact: sends {@code "phone": null}.
     *
     * @return this builder
     */
    public Builder clearPhone() {
      phone = Optional.empty();
      cleared.add("phone");
      return this;
    }

    /**
     * Clears address1 on the contact: sends {@code "address1": null}.
     *
     * @return this builder
     */
    public Builder clearAddress1() {
      address1 = Optional.empty();
      cleared.add("address1");
      return this;
    }

    /**
     * Clears city on the contact: sends {@code "city": null}.
     *
     * @return this builder
     */
    public Builder clearCity() {
      city = Optional.empty();
      cleared.add("city");
      return this;
    }

    /**
     * Clears state on the contact: sends {@code "state": null}.
     *
     * @return this builder
     */
    public Builder clearState() {
      state = Optional.empty();
      cleared.add("state");
      return this;
    }

    /**
     * Clears website on the contact: sends {@code "website": null}.
     *
     * @return this builder
     */
    public Builder clearWebsite() {
      website = Optional.empty();
      cleared.add("website");
      return this;
    }

    /**
     * Clears timezone on the contact: sends {@code "timezone": null}.
     *
     * @return this builder
     */
    public Builder clearTimezone() {
      timezone = Optional.empty();
      cleared.add("timezone");
      return this;
    }

    /**
     * Clears source on the contact: sends {@code "source": null}.
     *
     * @return this builder
     */
    public Builder clearSource() {
      source = Optional.empty();
      cleared.add("source");
      return this;
    }

    /**
     * Clears dateOfBirth on the contact: sends {@code "dateOfBirth": null}.
     *
     * @return this builder
     */
    public Builder clearDateOfBirth() {
      dateOfBirth = Optional.empty();
      cleared.add("dateOfBirth");
      return this;
    }

    /**
     * Clears assignedTo on the contact: sends {@code "assignedTo": null}.
     *
     * @return this builder
     */
    public Builder clearAssignedTo() {
      assignedTo = Optional.empty();
      cleared.add("assignedTo");
      return this;
    }

    /**
     * Builds the request.
     *
     * @return the request
     * @throws IllegalArgumentException if the request is incomplete
     */
    public UpdateContactRequest build() {
      UpdateContactRequest request =
          new UpdateContactRequest(
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
              cleared);
      if (RecordFields.present(request).isEmpty() && cleared.isEmpty()) {
        throw new IllegalArgumentException(
            "UpdateContactRequest sets no field; set or clear at least one");
      }
      return request;
    }
  }
}
