package io.ghlsync.ghl.webhook;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The contact as carried by a contact webhook event. Events are hints: fetch the contact for the
 * authoritative state. Text fields the payload omits are empty strings, lists are empty, and {@code
 * dnd} is false.
 *
 * @param id the contact id
 * @param address1 street address
 * @param city city
 * @param state state or region
 * @param companyName company name
 * @param country country code
 * @param source where the contact came from
 * @param dateAdded when the contact was created
 * @param dateOfBirth date of birth
 * @param dnd whether do-not-disturb is on for all channels
 * @param dndSettings per-channel do-not-disturb state keyed by channel name as sent ({@code
 *     ContactDndUpdate} only; empty otherwise)
 * @param email primary email
 * @param name full name
 * @param firstName first name
 * @param lastName last name
 * @param phone primary phone
 * @param postalCode postal code
 * @param tags tags
 * @param website website
 * @param attachments attachments, as sent
 * @param assignedTo id of the assigned user
 * @param customFields custom field values
 */
public record ContactSnapshot(
    String id,
    String address1,
    String city,
    String state,
    String companyName,
    String country,
    String source,
    EventTime dateAdded,
    EventTime dateOfBirth,
    boolean dnd,
    Map<String, DndChannelStatus> dndSettings,
    String email,
    String name,
    String firstName,
    String lastName,
    String phone,
    String postalCode,
    List<String> tags,
    String website,
    List<JsonValue> attachments,
    String assignedTo,
    List<CustomFieldValue> customFields) {

  /**
   * Validates the components and copies the collections.
   *
   * @param id the contact id
   * @param address1 street address
   * @param city city
   * @param state state or region
   * @param companyName company name
   * @param country country code
   * @param source where the contact came from
   * @param dateAdded when the contact was created
   * @param dateOfBirth date of birth
   * @param dnd whether do-not-disturb is on for all channels
   * @param dndSettings per-channel do-not-disturb state keyed by channel name as sent ({@code
   *     ContactDndUpdate} only; empty otherwise)
   * @param email primary email
   * @param name full name
   * @param firstName first name
   * @param lastName last name
   * @param phone primary phone
   * @param postalCode postal code
   * @param tags tags
   * @param website website
   * @param attachments attachments, as sent
   * @param assignedTo id of the assigned user
   * @param customFields custom field values
   */
  public ContactSnapshot {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(dateAdded, "dateAdded");
    Objects.requireNonNull(dateOfBirth, "dateOfBirth");
    dndSettings = Map.copyOf(dndSettings);
    tags = List.copyOf(tags);
    attachments = List.copyOf(attachments);
    customFields = List.copyOf(customFields);
  }

  /**
   * The do-not-disturb state of one channel, matching the channel name in any case.
   *
   * @param channel e.g. {@code "SMS"}, {@code "Email"}, {@code "WhatsApp"}
   * @return the state, empty if the payload has none for this channel
   */
  public Optional<DndChannelStatus> dndChannel(String channel) {
    String wanted = channel.toLowerCase(Locale.ROOT);
    return dndSettings.entrySet().stream()
        .filter(e -> e.getKey().toLowerCase(Locale.ROOT).equals(wanted))
        .map(Map.Entry::getValue)
        .findFirst();
  }

  /**
   * The value of one custom field.
   *
   * @param fieldId the custom field id
   * @return the value, empty if the payload does not carry this field
   */
  public Optional<JsonValue> customField(String fieldId) {
    return customFields.stream()
        .filter(f -> f.id().equals(fieldId))
        .map(CustomFieldValue::value)
        .findFirst();
  }

  /** Shows ids and counts only: names, emails, phones and addresses are personal data. */
  @Override
  public String toString() {
    return "ContactSnapshot[id="
        + id
        + ", tags="
        + tags.size()
        + ", customFields="
        + customFields.size()
        + ", personal fields redacted]";
  }
}
