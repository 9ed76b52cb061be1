package io.ghlsync.ghl.model;

import io.ghlsync.ghl.internal.Inline;
import io.ghlsync.ghl.internal.RecordFields;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The contact fields that {@link CreateContactRequest}, {@link UpsertContactRequest} and {@link
 * UpdateContactRequest} share; the requests add only what differs (location, gender, company name,
 * the upsert's duplicate switch, the update's cleared fields). Its members travel at the top level
 * of the request body, named as GHL names them.
 *
 * <p>Build it alone and hand it to any request builder ({@code .fields(shared)}), or set the same
 * values on the request builders directly. In every builder, {@code null} means "not set": the
 * field is not sent (use the update's {@code clear...()} methods to send an explicit {@code null}).
 * {@link Builder#extraField(String, Object)} sends a field the SDK does not know yet, exactly as
 * given.
 *
 * <p>Example: {@code ContactFields.builder().email("ada@example.com").phone(null).build()} (the
 * phone is simply not set).
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
 * @param extraFields fields the SDK does not model, sent at the top level exactly as given
 */
public record ContactFields(
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
    @Inline Map<String, Object> extraFields) {

  /**
   * Copies the extra fields (in their order).
   *
   * @param firstName the first name
   * @param lastName the last name
   * @param name the full name
   * @param email the primary email
   * @param phone the primary phone
   * @param address1 the street address
   * @param city the city
   * @param state the state or region
   * @param postalCode the postal code
   * @param website the website
   * @param timezone the IANA time zone
   * @param dnd global do-not-disturb
   * @param dndSettings do-not-disturb per channel
   * @param inboundDndSettings inbound do-not-disturb
   * @param tags the tags
   * @param customFields custom-field values
   * @param source the source
   * @param dateOfBirth the date of birth
   * @param country the country
   * @param assignedTo the id of the assigned user
   * @param extraFields fields the SDK does not model
   */
  public ContactFields {
    extraFields = Collections.unmodifiableMap(new LinkedHashMap<>(extraFields));
  }

  /**
   * Starts a set of fields.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder holding these fields, to change some.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    return new Builder().fields(this);
  }

  /** Names the fields that are set, without their values (no personal data). */
  @Override
  public String toString() {
    return "ContactFields[fields=" + RecordFields.present(this) + "]";
  }

  /** Builder of {@link ContactFields}; {@code null} for any value means "not set". */
  public static final class Builder extends ContactFieldsBuilder<Builder> {
    private Builder() {}

    @Override
    Builder self() {
      return this;
    }

    /**
     * Builds the fields.
     *
     * @return the fields
     */
    public ContactFields build() {
      return buildFields();
    }
  }
}
