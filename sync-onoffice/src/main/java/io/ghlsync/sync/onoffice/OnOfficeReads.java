package io.ghlsync.sync.onoffice;

import io.ghlsync.onoffice.model.Address;
import io.ghlsync.onoffice.model.ContactEntry;
import io.ghlsync.onoffice.model.ContactType;
import io.ghlsync.sync.mapping.FieldValues;
import java.util.List;
import java.util.Optional;

/**
 * Decodes what onOffice returns into the engine's value model before anything is compared: a
 * multiselect arrives pipe-encoded ({@code "|a||b|"}) and becomes the list {@code ["a", "b"]}; an
 * empty field arrives as {@code ""} and has no value. Contact-data entries (e-mail, phone) are kept
 * as stored, because onOffice edits them by their old value.
 */
final class OnOfficeReads {
  private OnOfficeReads() {}

  /** The value of an address field as the model holds it; empty when the field has none. */
  static Optional<Object> field(Address address, String field) {
    Object raw = address.fields().asMap().get(field);
    if (raw == null) {
      return Optional.empty();
    }
    if (raw instanceof List<?> || isPipeEncoded(raw)) {
      return Optional.of(address.fields().strings(field));
    }
    if (raw instanceof String s && s.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(FieldValues.normalize(raw, "onOffice field '" + field + "'"));
  }

  /**
   * The first entry of a contact-data type, exactly as stored: onOffice changes and deletes an
   * entry by its old value, so the snapshot must keep that value as it is.
   */
  static Optional<Object> contact(Address address, ContactType type) {
    return address.contacts().stream()
        .filter(c -> c.type() == type)
        .map(ContactEntry::value)
        .filter(v -> !v.isEmpty())
        .<Object>map(v -> v)
        .findFirst();
  }

  private static boolean isPipeEncoded(Object raw) {
    return raw instanceof String s && s.length() > 1 && s.startsWith("|") && s.endsWith("|");
  }
}
