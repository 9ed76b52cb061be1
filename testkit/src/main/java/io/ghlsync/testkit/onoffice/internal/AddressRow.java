package io.ghlsync.testkit.onoffice.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A stored address: fields by name and contact entries. Mutated only under the service lock. */
public final class AddressRow {
  private final long id;
  private final Map<String, Object> fields = new LinkedHashMap<>();
  private final List<ContactRow> contacts = new ArrayList<>();

  /**
   * Creates an empty address.
   *
   * @param id the record id
   */
  public AddressRow(long id) {
    this.id = id;
  }

  /** The record id. */
  public long id() {
    return id;
  }

  /** The fields (mutable). */
  public Map<String, Object> fields() {
    return fields;
  }

  /** The contact entries (mutable). */
  public List<ContactRow> contacts() {
    return contacts;
  }

  /**
   * The default entry of a channel, or the first one when none is marked.
   *
   * @param channel {@code email}, {@code phone} or {@code fax}
   * @return the value
   */
  public Optional<String> main(String channel) {
    Optional<ContactRow> marked =
        contacts.stream().filter(c -> c.channel().equals(channel) && c.isDefault()).findFirst();
    return marked
        .or(() -> contacts.stream().filter(c -> c.channel().equals(channel)).findFirst())
        .map(ContactRow::value);
  }

  /**
   * The values a filter on a field sees: all entries for {@code email}/{@code phone}/{@code
   * fax}/{@code mobile}, the main entry for {@code Email}/{@code Telefon1}, the field otherwise.
   *
   * @param field the filtered field
   * @return the candidate values
   */
  public List<Object> filterValues(String field) {
    switch (field) {
      case "email", "phone", "fax" -> {
        return contacts.stream()
            .filter(c -> c.channel().equals(field))
            .map(c -> (Object) c.value())
            .toList();
      }
      case "mobile" -> {
        return contacts.stream()
            .filter(c -> c.key().equals("mobile"))
            .map(c -> (Object) c.value())
            .toList();
      }
      case "Email" -> {
        return main("email").map(v -> List.<Object>of(v)).orElse(List.of());
      }
      case "Telefon1" -> {
        return main("phone").map(v -> List.<Object>of(v)).orElse(List.of());
      }
      case "Id", "id" -> {
        return List.of(id);
      }
      default -> {
        Object value = fields.get(field);
        return value == null ? List.of() : List.of(value);
      }
    }
  }

  /** A snapshot for assertions: fields plus {@code id} and {@code contacts}. */
  public Map<String, Object> snapshot() {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("id", id);
    out.putAll(fields);
    List<Map<String, Object>> entries = new ArrayList<>();
    for (ContactRow c : contacts) {
      Map<String, Object> e = new LinkedHashMap<>();
      e.put("entryId", c.entryId());
      e.put("type", c.key());
      e.put("value", c.value());
      e.put("default", c.isDefault());
      entries.add(e);
    }
    out.put("contacts", entries);
    return out;
  }
}
