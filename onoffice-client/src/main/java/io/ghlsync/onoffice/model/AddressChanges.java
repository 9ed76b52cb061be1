package io.ghlsync.onoffice.model;

import io.ghlsync.onoffice.internal.JsonValues;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Changes to an address ({@code modify address}): plain fields at the top level, and at most one
 * contact-data operation per key ({@code "email":{"action":"add","newvalue":..}}). onOffice finds
 * the entry to modify or delete by its old value, which must be unique on the address (error 87
 * otherwise). For a second operation on the same key, send a second modify (in the same batch).
 *
 * <p>Example: {@code AddressChanges.builder().name("Muster").modifyContact(ContactType.EMAIL,
 * "old@example.de", "new@example.de", true).build()}
 */
public final class AddressChanges {
  private final Map<String, Object> parameters;

  private AddressChanges(Map<String, Object> parameters) {
    this.parameters = Collections.unmodifiableMap(parameters);
  }

  /**
   * Starts a set of changes.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The parameters as sent, sorted by name.
   *
   * @return the parameters (unmodifiable)
   */
  public Map<String, Object> toParameters() {
    return parameters;
  }

  /** Parameter names only: values are personal data. */
  @Override
  public String toString() {
    return "AddressChanges" + parameters.keySet();
  }

  /** Builder of {@link AddressChanges}. */
  public static final class Builder {
    private final Map<String, Object> fields = new LinkedHashMap<>();
    private final Map<ContactType, Map<String, Object>> contacts = new EnumMap<>(ContactType.class);

    private Builder() {}

    /**
     * Sets any field; {@code ""} clears a text or single-select, an empty list a multiselect.
     *
     * @param name the field name (case-sensitive)
     * @param value a String, Number, Boolean, date or List
     * @return this builder
     */
    public Builder field(String name, Object value) {
      NewAddress.checkFieldName(name);
      fields.put(name, JsonValues.normalize(value, name));
      return this;
    }

    /**
     * Sets {@code Vorname}.
     *
     * @param value the first name
     * @return this builder
     */
    public Builder vorname(String value) {
      return field(AddressFields.VORNAME, value);
    }

    /**
     * Sets {@code Name}.
     *
     * @param value the surname
     * @return this builder
     */
    public Builder name(String value) {
      return field(AddressFields.NAME, value);
    }

    /**
     * Sets {@code Status}.
     *
     * @param value 1 active, 0 archived
     * @return this builder
     */
    public Builder status(int value) {
      if (value != 0 && value != 1) {
        throw new IllegalArgumentException(
            "Status must be 0 (archived) or 1 (active), was " + value);
      }
      return field(AddressFields.STATUS, value);
    }

    /**
     * Adds a contact-data entry.
     *
     * @param type the key
     * @param newvalue the address or number
     * @param makeDefault whether it becomes the default of its channel
     * @return this builder
     */
    public Builder addContact(ContactType type, String newvalue, boolean makeDefault) {
      Map<String, Object> op = new LinkedHashMap<>();
      op.put("action", "add");
      op.put("newvalue", required(type, "newvalue", newvalue));
      if (makeDefault) {
        op.put("default", true);
      }
      return put(type, op);
    }

    /**
     * Changes the entry whose value is {@code oldvalue}.
     *
     * @param type the key
     * @param oldvalue the current value (must be unique on the address)
     * @param newvalue the new value
     * @param makeDefault whether it becomes the default of its channel
     * @return this builder
     */
    public Builder modifyContact(
        ContactType type, String oldvalue, String newvalue, boolean makeDefault) {
      Map<String, Object> op = new LinkedHashMap<>();
      op.put("action", "modify");
      op.put("oldvalue", required(type, "oldvalue", oldvalue));
      op.put("newvalue", required(type, "newvalue", newvalue));
      if (makeDefault) {
        op.put("default", true);
      }
      return put(type, op);
    }

    /**
     * Deletes the entry whose value is {@code oldvalue}.
     *
     * @param type the key
     * @param oldvalue the value to delete (must be unique on the address)
     * @return this builder
     */
    public Builder deleteContact(ContactType type, String oldvalue) {
      Map<String, Object> op = new LinkedHashMap<>();
      op.put("action", "delete");
      op.put("oldvalue", required(type, "oldvalue", oldvalue));
      return put(type, op);
    }

    private Builder put(ContactType type, Map<String, Object> op) {
      if (contacts.containsKey(type)) {
        throw new IllegalArgumentException(
            type.jsonKey()
                + " already has an operation in this modify; onOffice takes one per key, so send"
                + " a second modify (e.g. in the same batch)");
      }
      contacts.put(type, Collections.unmodifiableMap(op));
      return this;
    }

    private static String required(ContactType type, String part, String value) {
      if (value == null || value.isBlank()) {
        throw new IllegalArgumentException(type.jsonKey() + "." + part + " must not be blank");
      }
      return value;
    }

    /**
     * Builds the changes.
     *
     * @return the changes
     * @throws IllegalArgumentException if nothing changes
     */
    public AddressChanges build() {
      if (fields.isEmpty() && contacts.isEmpty()) {
        throw new IllegalArgumentException("address changes must change at least one field");
      }
      Map<String, Object> p = new TreeMap<>(fields);
      contacts.forEach((type, op) -> p.put(type.jsonKey(), op));
      return new AddressChanges(p);
    }
  }
}
