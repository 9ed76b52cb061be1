package io.ghlsync.onoffice.model;

import io.ghlsync.onoffice.internal.JsonValues;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * A new address ({@code create address}): fields at the top level of {@code parameters}, one value
 * per contact-data key ({@code email}, {@code phone_business}, ...), optional defaults and the
 * duplicate check.
 *
 * <p>Example: {@code NewAddress.builder().vorname("Max").name("Mustermann")
 * .email("max@example.de").checkDuplicate(true).build()}
 */
public final class NewAddress {
  private final Map<String, Object> parameters;

  private NewAddress(Map<String, Object> parameters) {
    this.parameters = Collections.unmodifiableMap(parameters);
  }

  /**
   * Starts a new address.
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
    return "NewAddress" + parameters.keySet();
  }

  static void checkFieldName(String name) {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("field name must not be blank");
    }
    if (ContactType.fromJsonKey(name).isPresent() || name.startsWith("default_")) {
      throw new IllegalArgumentException(
          "field "
              + name
              + " is contact data; use the contact methods (e.g. email(..), addContact(..)) instead");
    }
  }

  /** Builder of a {@link NewAddress}. */
  public static final class Builder {
    private final Map<String, Object> fields = new LinkedHashMap<>();
    private final Map<ContactType, String> contacts = new EnumMap<>(ContactType.class);
    private final Map<ContactType.Channel, String> defaults =
        new EnumMap<>(ContactType.Channel.class);
    private boolean checkDuplicate;
    private boolean noOverrideByDuplicate;

    private Builder() {}

    /**
     * Sets any address field, e.g. {@code field("Plz", "52074")} or a multiselect as a list.
     *
     * @param name the field name (case-sensitive)
     * @param value a String, Number, Boolean, date or List
     * @return this builder
     */
    public Builder field(String name, Object value) {
      checkFieldName(name);
      if (name.equals("checkDuplicate") || name.equals("noOverrideByDuplicate")) {
        throw new IllegalArgumentException(
            name + " has its own builder method; use " + name + "(..)");
      }
      fields.put(name, JsonValues.normalize(value, name));
      return this;
    }

    /**
     * Sets {@code Anrede} (salutation).
     *
     * @param value e.g. {@code Herr}
     * @return this builder
     */
    public Builder anrede(String value) {
      return field(AddressFields.ANREDE, value);
    }

    /**
     * Sets {@code Vorname} (first name).
     *
     * @param value the first name
     * @return this builder
     */
    public Builder vorname(String value) {
      return field(AddressFields.VORNAME, value);
    }

    /**
     * Sets {@code Name} (surname).
     *
     * @param value the surname
     * @return this builder
     */
    public Builder name(String value) {
      return field(AddressFields.NAME, value);
    }

    /**
     * Sets {@code Zusatz1} (company).
     *
     * @param value the company
     * @return this builder
     */
    public Builder zusatz1(String value) {
      return field(AddressFields.ZUSATZ1, value);
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
     * Sets the {@code email} entry.
     *
     * @param value the e-mail address
     * @return this builder
     */
    public Builder email(String value) {
      return contact(ContactType.EMAIL, value);
    }

    /**
     * Sets the {@code phone} entry.
     *
     * @param value the number
     * @return this builder
     */
    public Builder phone(String value) {
      return contact(ContactType.PHONE, value);
    }

    /**
     * Sets the {@code mobile} entry.
     *
     * @param value the number
     * @return this builder
     */
    public Builder mobile(String value) {
      return contact(ContactType.MOBILE, value);
    }

    /**
     * Sets one contact-data entry; onOffice takes one value per key on create.
     *
     * @param type the key, e.g. {@link ContactType#EMAIL_BUSINESS}
     * @param value the address or number
     * @return this builder
     */
    public Builder contact(ContactType type, String value) {
      if (value == null || value.isBlank()) {
        throw new IllegalArgumentException(type.jsonKey() + " must not be blank");
      }
      contacts.put(type, value);
      return this;
    }

    /**
     * Marks a given value as the default of its channel ({@code default_email}, {@code
     * default_phone}, {@code default_fax}); it must equal one of the values set for that channel.
     *
     * @param channel the channel
     * @param value the value to make default
     * @return this builder
     */
    public Builder defaultContact(ContactType.Channel channel, String value) {
      if (value == null || value.isBlank()) {
        throw new IllegalArgumentException(channel.defaultKey() + " must not be blank");
      }
      defaults.put(channel, value);
      return this;
    }

    /**
     * Sets {@code checkDuplicate}: when an address with the same e-mail exists, onOffice updates it
     * (the lowest id if several) instead of creating one. Which id the response then returns is not
     * documented.
     *
     * @param value whether to check
     * @return this builder
     */
    public Builder checkDuplicate(boolean value) {
      this.checkDuplicate = value;
      return this;
    }

    /**
     * Sets {@code noOverrideByDuplicate}: with {@code checkDuplicate}, leave the duplicate as it
     * is.
     *
     * @param value whether not to overwrite
     * @return this builder
     */
    public Builder noOverrideByDuplicate(boolean value) {
      this.noOverrideByDuplicate = value;
      return this;
    }

    /**
     * Builds the address.
     *
     * @return the new address
     * @throws IllegalArgumentException if it has no field or a default matches no given value
     */
    public NewAddress build() {
      if (fields.isEmpty() && contacts.isEmpty()) {
        throw new IllegalArgumentException("a new address needs at least one field or contact");
      }
      Map<String, Object> p = new TreeMap<>(fields);
      contacts.forEach((type, value) -> p.put(type.jsonKey(), value));
      defaults.forEach(
          (channel, value) -> {
            boolean given =
                contacts.entrySet().stream()
                    .anyMatch(e -> e.getKey().channel() == channel && e.getValue().equals(value));
            if (!given) {
              throw new IllegalArgumentException(
                  channel.defaultKey() + " must equal one of the " + channel + " values given");
            }
            p.put(channel.defaultKey(), value);
          });
      if (checkDuplicate) {
        p.put("checkDuplicate", true);
      }
      if (noOverrideByDuplicate) {
        p.put("noOverrideByDuplicate", true);
      }
      return new NewAddress(p);
    }
  }
}
