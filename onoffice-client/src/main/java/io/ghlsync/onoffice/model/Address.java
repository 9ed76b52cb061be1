package io.ghlsync.onoffice.model;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An address (contact) as read: its record id, every requested field, and its contact-data entries
 * parsed from the {@code email__<id>}-style keys.
 *
 * @param id the record id (Datensatznummer; not the customer number {@code KdNr})
 * @param fields every element as received, including the contact-data keys
 * @param contacts the contact-data entries, ordered by type then entry id
 */
public record Address(long id, RecordFields fields, List<ContactEntry> contacts) {
  private static final Pattern CONTACT_KEY = Pattern.compile("(email|phone|mobile|fax)__(\\d+)");

  /**
   * Copies the entries.
   *
   * @param id the record id (Datensatznummer; not the customer number {@code KdNr})
   * @param fields every element as received, including the contact-data keys
   * @param contacts the contact-data entries, ordered by type then entry id
   */
  public Address {
    contacts = List.copyOf(contacts);
  }

  /**
   * Reads an address from a result record.
   *
   * @param record a record of type {@code address}
   * @return the address
   * @throws IllegalArgumentException if the record has no numeric id
   */
  public static Address from(ResultRecord record) {
    long id =
        record
            .numericId()
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "address record id is not numeric: " + record.id()));
    List<ContactEntry> entries = new ArrayList<>();
    Map<String, Object> values = record.elements().asMap();
    for (String key : values.keySet()) {
      Matcher m = CONTACT_KEY.matcher(key);
      if (m.matches()) {
        Optional<String> value = record.elements().string(key);
        if (value.isPresent()) {
          entries.add(
              new ContactEntry(
                  ContactType.fromJsonKey(m.group(1)).orElseThrow(),
                  Long.parseLong(m.group(2)),
                  value.get(),
                  record.elements().string(key + "__Comment").orElse("")));
        }
      }
    }
    entries.sort(Comparator.comparing(ContactEntry::type).thenComparingLong(ContactEntry::entryId));
    return new Address(id, record.elements(), entries);
  }

  /**
   * {@code Vorname}.
   *
   * @return the first name, or empty if not read or {@code ""}
   */
  public Optional<String> firstName() {
    return fields.string(AddressFields.VORNAME);
  }

  /**
   * {@code Name} (surname).
   *
   * @return the surname, or empty if not read or {@code ""}
   */
  public Optional<String> lastName() {
    return fields.string(AddressFields.NAME);
  }

  /**
   * {@code Zusatz1} (company).
   *
   * @return the company, or empty if not read or {@code ""}
   */
  public Optional<String> company() {
    return fields.string(AddressFields.ZUSATZ1);
  }

  /**
   * {@code Email}: the main (default) e-mail only.
   *
   * @return the main e-mail, or empty if not read or {@code ""}
   */
  public Optional<String> mainEmail() {
    return fields.string(AddressFields.EMAIL);
  }

  /**
   * {@code Telefon1}: the main (default) phone only.
   *
   * @return the main phone, or empty if not read or {@code ""}
   */
  public Optional<String> mainPhone() {
    return fields.string(AddressFields.TELEFON1);
  }

  /**
   * {@code Status}: 1 active, 0 archived.
   *
   * @return the status, or empty if not read or not a number
   */
  public OptionalInt status() {
    return fields.intValue(AddressFields.STATUS);
  }

  /**
   * Whether {@code Status} is 0 (archived).
   *
   * @return {@code true} if archived; {@code false} if active or the status was not read
   */
  public boolean archived() {
    OptionalInt s = status();
    return s.isPresent() && s.getAsInt() == 0;
  }

  /**
   * {@code Aenderung}: when the address last changed, in onOffice's local time.
   *
   * @return the last change, or empty if not read
   */
  public Optional<LocalDateTime> modifiedAt() {
    return fields.dateTime(AddressFields.AENDERUNG);
  }

  /**
   * Every e-mail entry read via the {@code email} pseudo-field.
   *
   * @return the e-mail entries, ordered by entry id; empty if none were read
   */
  public List<ContactEntry> emails() {
    return contacts.stream().filter(c -> c.type() == ContactType.EMAIL).toList();
  }

  /**
   * Every phone and mobile entry read via the {@code phone} and {@code mobile} pseudo-fields.
   *
   * @return the phone entries, then the mobile entries, each by entry id; empty if none were read
   */
  public List<ContactEntry> phones() {
    return contacts.stream()
        .filter(c -> c.type() == ContactType.PHONE || c.type() == ContactType.MOBILE)
        .toList();
  }
}
