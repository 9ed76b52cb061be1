package io.ghlsync.ghl.model;

import io.ghlsync.ghl.internal.ExplicitNulls;
import io.ghlsync.ghl.internal.Inline;
import io.ghlsync.ghl.internal.RecordFields;
import java.util.Optional;
import java.util.Set;

/**
 * The body of {@code PUT /contacts/{contactId}}. It has no {@code locationId}, {@code gender} or
 * {@code companyName} because GHL rejects them on update (422 "property X should not exist").
 * Clearing a field is explicit: {@code clearAssignedTo()} sends {@code null}; fields neither set
 * nor cleared are left as they are; {@code null} passed to a setter means "not set", not "clear".
 * Tags sent here replace the contact's tags.
 *
 * <p>Example: {@code
 * UpdateContactRequest.builder().phone("+4915112345678").clearAssignedTo().build()}
 *
 * @param fields the contact's fields (sent at the top level of the body)
 * @param cleared JSON fields sent as {@code null} to clear them
 */
public record UpdateContactRequest(
    @Inline ContactFields fields, @ExplicitNulls Set<String> cleared) {

  /**
   * Copies the cleared names.
   *
   * @param fields the contact's fields
   * @param cleared JSON fields sent as {@code null} to clear them
   */
  public UpdateContactRequest {
    cleared = Set.copyOf(cleared);
  }

  /**
   * A builder holding this request, to change some of it.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    Builder b = new Builder().fields(fields);
    b.cleared.addAll(cleared);
    return b;
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
      UpdateContactRequest request = new UpdateContactRequest(buildFields(), cleared);
      if (RecordFields.present(request).isEmpty() && cleared.isEmpty()) {
        throw new IllegalArgumentException(
            "UpdateContactRequest sets no field; set or clear at least one");
      }
      return request;
    }
  }
}
