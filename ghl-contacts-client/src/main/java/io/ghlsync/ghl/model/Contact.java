package io.ghlsync.ghl.model;

import io.ghlsync.ghl.internal.LenientDates;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A GHL contact as read from any contact endpoint (get, create, update, upsert, search, lists).
 * Every field is optional because each endpoint returns a different subset. Dates are kept as the
 * strings GHL sent; the {@code ...Instant()} views parse them and are empty for odd values. {@link
 * #toString()} leaves out personal data.
 *
 * @param id contact id (GHL always sends it; a response without one is refused)
 * @param locationId sub-account (location) id
 * @param name full name
 * @param firstName first name
 * @param lastName last name
 * @param firstNameLowerCase first name in lower case (server-derived)
 * @param lastNameLowerCase last name in lower case (server-derived)
 * @param fullNameLowerCase full name in lower case (server-derived)
 * @param email primary email
 * @param emailLowerCase primary email in lower case (server-derived)
 * @param additionalEmails further emails (read-only in the API)
 * @param phone primary phone, E.164 such as {@code +18832327657}
 * @param phoneLabel label of the primary phone
 * @param additionalPhones further phones (read-only in the API)
 * @param companyName company name
 * @param businessName business name (legacy search results)
 * @param businessId id of the linked business
 * @param type contact type, e.g. {@code lead} or {@code customer}
 * @param source source, e.g. {@code public api}
 * @param assignedTo id of the assigned user
 * @param address1 street address
 * @param city city
 * @param state state or region
 * @param country country, ISO-3166 alpha-2
 * @param postalCode postal code
 * @param website website
 * @param timezone IANA time zone, e.g. {@code Asia/Calcutta}
 * @param dnd global do-not-disturb
 * @param dndSettings do-not-disturb per channel
 * @param tags tags
 * @param customFields custom-field values
 * @param dateOfBirth date of birth as sent (see {@link #dateOfBirthDate()})
 * @param dateAdded creation time as sent (see {@link #dateAddedInstant()})
 * @param dateUpdated last update time as sent (see {@link #dateUpdatedInstant()})
 * @param lastActivity time of the last activity as sent
 * @param lastSessionActivityAt time of the last session activity as sent
 * @param attachments attachments (GHL sends a string or an array)
 * @param ssn social security number, if stored
 * @param keyword keyword
 * @param attributionSource first-touch attribution
 * @param lastAttributionSource last-touch attribution
 * @param attributions attributions (list and search results)
 * @param visitorId live-chat visitor id
 * @param followers ids of following users
 * @param validEmail whether GHL validated the email
 * @param deleted whether the contact is deleted (create response)
 * @param bounceEmail whether email bounced (create response)
 * @param unsubscribeEmail whether unsubscribed from email (create response)
 * @param birthMonth birth month (create response)
 * @param birthDay birth day of month (create response)
 * @param searchAfter search cursor of this contact (sort values and id); pass to {@code
 *     SearchContactsRequest.Builder#searchAfter} to continue after it
 */
public record Contact(
    String id,
    Optional<String> locationId,
    Optional<String> name,
    Optional<String> firstName,
    Optional<String> lastName,
    Optional<String> firstNameLowerCase,
    Optional<String> lastNameLowerCase,
    Optional<String> fullNameLowerCase,
    Optional<String> email,
    Optional<String> emailLowerCase,
    List<String> additionalEmails,
    Optional<String> phone,
    Optional<String> phoneLabel,
    List<String> additionalPhones,
    Optional<String> companyName,
    Optional<String> businessName,
    Optional<String> businessId,
    Optional<String> type,
    Optional<String> source,
    Optional<String> assignedTo,
    Optional<String> address1,
    Optional<String> city,
    Optional<String> state,
    Optional<String> country,
    Optional<String> postalCode,
    Optional<String> website,
    Optional<String> timezone,
    Optional<Boolean> dnd,
    Optional<DndSettings> dndSettings,
    List<String> tags,
    List<CustomFieldValue> customFields,
    Optional<String> dateOfBirth,
    Optional<String> dateAdded,
    Optional<String> dateUpdated,
    Optional<String> lastActivity,
    Optional<String> lastSessionActivityAt,
    List<String> attachments,
    Optional<String> ssn,
    Optional<String> keyword,
    Optional<AttributionSource> attributionSource,
    Optional<AttributionSource> lastAttributionSource,
    List<AttributionSource> attributions,
    Optional<String> visitorId,
    List<String> followers,
    Optional<Boolean> validEmail,
    Optional<Boolean> deleted,
    Optional<Boolean> bounceEmail,
    Optional<Boolean> unsubscribeEmail,
    Optional<Integer> birthMonth,
    Optional<Integer> birthDay,
    List<Object> searchAfter) {

  /**
   * Refuses a contact without an id.
   *
   * @param id see the record description
   * @param locationId see the record description
   * @param name see the record description
   * @param firstName see the record description
   * @param lastName see the record description
   * @param firstNameLowerCase see the record description
   * @param lastNameLowerCase see the record description
   * @param fullNameLowerCase see the record description
   * @param email see the record description
   * @param emailLowerCase see the record description
   * @param additionalEmails see the record description
   * @param phone see the record description
   * @param phoneLabel see the record description
   * @param additionalPhones see the record description
   * @param companyName see the record description
   * @param businessName see the record description
   * @param businessId see the record description
   * @param type see the record description
   * @param source see the record description
   * @param assignedTo see the record description
   * @param address1 see the record description
   * @param city see the record description
   * @param state see the record description
   * @param country see the record description
   * @param postalCode see the record description
   * @param website see the record description
   * @param timezone see the record description
   * @param dnd see the record description
   * @param dndSettings see the record description
   * @param tags see the record description
   * @param customFields see the record description
   * @param dateOfBirth see the record description
   * @param dateAdded see the record description
   * @param dateUpdated see the record description
   * @param lastActivity see the record description
   * @param lastSessionActivityAt see the record description
   * @param attachments see the record description
   * @param ssn see the record description
   * @param keyword see the record description
   * @param attributionSource see the record description
   * @param lastAttributionSource see the record description
   * @param attributions see the record description
   * @param visitorId see the record description
   * @param followers see the record description
   * @param validEmail see the record description
   * @param deleted see the record description
   * @param bounceEmail see the record description
   * @param unsubscribeEmail see the record description
   * @param birthMonth see the record description
   * @param birthDay see the record description
   * @param searchAfter see the record description
   */
  public Contact {
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException("GHL returned a contact without an id");
    }
  }

  /**
   * {@link #dateAdded()} parsed, if it is a valid date-time.
   *
   * @return the instant, empty if absent or not parseable
   */
  public Optional<Instant> dateAddedInstant() {
    return dateAdded.flatMap(LenientDates::instant);
  }

  /**
   * {@link #dateUpdated()} parsed, if it is a valid date-time.
   *
   * @return the instant, empty if absent or not parseable
   */
  public Optional<Instant> dateUpdatedInstant() {
    return dateUpdated.flatMap(LenientDates::instant);
  }

  /**
   * {@link #lastActivity()} parsed, if it is a valid date-time.
   *
   * @return the instant, empty if absent or not parseable
   */
  public Optional<Instant> lastActivityInstant() {
    return lastActivity.flatMap(LenientDates::instant);
  }

  /**
   * The calendar date of {@link #dateOfBirth()}, if it starts with an ISO date.
   *
   * @return the date, empty if absent or not starting with an ISO date
   */
  public Optional<LocalDate> dateOfBirthDate() {
    return dateOfBirth.flatMap(LenientDates::localDate);
  }

  /**
   * The value of one custom field.
   *
   * @param fieldId the custom field's id
   * @return the value, if the contact has one for that field
   */
  public Optional<CustomFieldValue> customField(String fieldId) {
    return customFields.stream()
        .filter(f -> f.id().filter(fieldId::equals).isPresent())
        .findFirst();
  }

  /**
   * Whether do-not-disturb is on globally.
   *
   * @return the {@code dnd} flag; false when GHL did not send it
   */
  public boolean isDnd() {
    return dnd.orElse(false);
  }

  /** Identifies the contact without personal data (no names, emails or phones). */
  @Override
  public String toString() {
    return "Contact[id="
        + id
        + ", locationId="
        + locationId.orElse("?")
        + ", personal data redacted]";
  }
}
