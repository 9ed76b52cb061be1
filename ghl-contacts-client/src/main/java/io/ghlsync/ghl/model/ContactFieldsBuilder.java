package io.ghlsync.ghl.model;

import io.ghlsync.ghl.internal.Arguments;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The contact fields that create, upsert and update share ({@link ContactFields}), with setters
 * named like the JSON fields. Values left unset are not sent; {@code null} passed to any setter
 * means "not set" (it undoes an earlier value), so a host can pass what it has without if-chains.
 *
 * @param <B> the concrete builder
 */
abstract class ContactFieldsBuilder<B extends ContactFieldsBuilder<B>> {
  Optional<String> firstName = Optional.empty();
  Optional<String> lastName = Optional.empty();
  Optional<String> name = Optional.empty();
  Optional<String> email = Optional.empty();
  Optional<String> phone = Optional.empty();
  Optional<String> address1 = Optional.empty();
  Optional<String> city = Optional.empty();
  Optional<String> state = Optional.empty();
  Optional<String> postalCode = Optional.empty();
  Optional<String> website = Optional.empty();
  Optional<String> timezone = Optional.empty();
  Optional<Boolean> dnd = Optional.empty();
  Optional<DndSettings> dndSettings = Optional.empty();
  Optional<InboundDndSettings> inboundDndSettings = Optional.empty();
  Optional<List<String>> tags = Optional.empty();
  Optional<List<CustomFieldInput>> customFields = Optional.empty();
  Optional<String> source = Optional.empty();
  Optional<String> dateOfBirth = Optional.empty();
  Optional<String> country = Optional.empty();
  Optional<String> assignedTo = Optional.empty();
  final Map<String, Object> extraFields = new LinkedHashMap<>();
  final Set<String> cleared = new LinkedHashSet<>();

  ContactFieldsBuilder() {}

  abstract B self();

  private <T> Optional<T> set(String field, @Nullable T value) {
    if (value == null) {
      return Optional.empty();
    }
    cleared.remove(field);
    return Optional.of(value);
  }

  /**
   * Sets the first name.
   *
   * @param value the value, or {@code null} for not set
   * @return this builder
   */
  public B firstName(@Nullable String value) {
    this.firstName = set("firstName", value);
    return self();
  }

  /**
   * Sets the last name.
   *
   * @param value the value, or {@code null} for not set
   * @return this builder
   */
  public B lastName(@Nullable String value) {
    this.lastName = set("lastName", value);
    return self();
  }

  /**
   * Sets the full name.
   *
   * @param value the value, or {@code null} for not set
   * @return this builder
   */
  public B name(@Nullable String value) {
    this.name = set("name", value);
    return self();
  }

  /**
   * Sets the primary email.
   *
   * @param value the value, or {@code null} for not set
   * @return this builder
   */
  public B email(@Nullable String value) {
    this.email = set("email", value);
    return self();
  }

  /**
   * Sets the primary phone, e.g. {@code +1 888-888-8888}.
   *
   * @param value the value, or {@code null} for not set
   * @return this builder
   */
  public B phone(@Nullable String value) {
    this.phone = set("phone", value);
    return self();
  }

  /**
   * Sets the street address.
   *
   * @param value the value, or {@code null} for not set
   * @return this builder
   */
  public B address1(@Nullable String value) {
    this.address1 = set("address1", value);
    return self();
  }

  /**
   * Sets the city.
   *
   * @param value the value, or {@code null} for not set
   * @return this builder
   */
  public B city(@Nullable String value) {
    this.city = set("city", value);
    return self();
  }

  /**
   * Sets the state or region.
   *
   * @param value the value, or {@code null} for not set
   * @return this builder
   */
  public B state(@Nullable String value) {
    this.state = set("state", value);
    return self();
  }

  /**
   * Sets the postal code.
   *
   * @param value the value, or {@code null} for not set
   * @return this builder
   */
  public B postalCode(@Nullable String value) {
    this.postalCode = set("postalCode", value);
    return self();
  }

  /**
   * Sets the website.
   *
   * @param value the value, or {@code null} for not set
   * @return this builder
   */
  public B website(@Nullable String value) {
    this.website = set("website", value);
    return self();
  }

  /**
   * Sets the IANA time zone, e.g. {@code America/Chihuahua}.
   *
   * @param value the value, or {@code null} for not set
   * @return this builder
   */
  public B timezone(@Nullable String value) {
    this.timezone = set("timezone", value);
    return self();
  }

  /**
   * Sets global do-not-disturb.
   *
   * @param value the value, or {@code null} for not set
   * @return this builder
   */
  public B dnd(@Nullable Boolean value) {
    this.dnd = set("dnd", value);
    return self();
  }

  /**
   * Sets do-not-disturb per channel.
   *
   * @param value the value, or {@code null} for not set
   * @return this builder
   */
  public B dndSettings(@Nullable DndSettings value) {
    this.dndSettings = set("dndSettings", value);
    return self();
  }

  /**
   * Sets inbound do-not-disturb.
   *
   * @param value the value, or {@code null} for not set
   * @return this builder
   */
  public B inboundDndSettings(@Nullable InboundDndSettings value) {
    this.inboundDndSettings = set("inboundDndSettings", value);
    return self();
  }

  /**
   * Sets the tags; <b>replaces</b> all existing tags (use {@code tags().add} to add some).
   *
   * @param value the value, or {@code null} for not set
   * @return this builder
   */
  public B tags(@Nullable List<String> value) {
    this.tags = set("tags", value == null ? null : Arguments.strings(value, "tags"));
    return self();
  }

  /**
   * Sets the tags; <b>replaces</b> all existing tags (use {@code tags().add} to add some).
   *
   * @param values the values
   * @return this builder
   */
  public B tags(String... values) {
    return tags(Arrays.asList(values));
  }

  /**
   * Sets custom-field values.
   *
   * @param value the value, or {@code null} for not set
   * @return this builder
   */
  public B customFields(@Nullable List<CustomFieldInput> value) {
    this.customFields =
        set(
            "customFields",
            value == null ? null : Arguments.<CustomFieldInput>list(value, "customFields"));
    return self();
  }

  /**
   * Sets custom-field values.
   *
   * @param values the values
   * @return this builder
   */
  public B customFields(CustomFieldInput... values) {
    return customFields(Arrays.asList(values));
  }

  /**
   * Sets the source, e.g. {@code public api}.
   *
   * @param value the value, or {@code null} for not set
   * @return this builder
   */
  public B source(@Nullable String value) {
    this.source = set("source", value);
    return self();
  }

  /**
   * Sets the date of birth, e.g. {@code 1990-09-25} (GHL also accepts {@code YYYY/MM/DD}, {@code
   * MM/DD/YYYY} and dotted or underscored forms).
   *
   * @param value the value, or {@code null} for not set
   * @return this builder
   */
  public B dateOfBirth(@Nullable String value) {
    this.dateOfBirth = set("dateOfBirth", value);
    return self();
  }

  /**
   * Sets the country, ISO-3166 alpha-2.
   *
   * @param value the value, or {@code null} for not set
   * @return this builder
   */
  public B country(@Nullable String value) {
    this.country = set("country", value);
    return self();
  }

  /**
   * Sets the id of the assigned user.
   *
   * @param value the value, or {@code null} for not set
   * @return this builder
   */
  public B assignedTo(@Nullable String value) {
    this.assignedTo = set("assignedTo", value);
    return self();
  }

  /**
   * Sets the date of birth.
   *
   * @param value the date, sent as {@code YYYY-MM-DD}
   * @return this builder
   */
  public B dateOfBirth(@Nullable LocalDate value) {
    return dateOfBirth(value == null ? null : value.toString());
  }

  /**
   * Sets every field that {@code fields} sets (and its extra fields); fields it leaves unset keep
   * their value here.
   *
   * @param fields shared contact fields, e.g. built once for several requests
   * @return this builder
   */
  public B fields(ContactFields fields) {
    Arguments.notNull(fields, "fields");
    fields.firstName().ifPresent(this::firstName);
    fields.lastName().ifPresent(this::lastName);
    fields.name().ifPresent(this::name);
    fields.email().ifPresent(this::email);
    fields.phone().ifPresent(this::phone);
    fields.address1().ifPresent(this::address1);
    fields.city().ifPresent(this::city);
    fields.state().ifPresent(this::state);
    fields.postalCode().ifPresent(this::postalCode);
    fields.website().ifPresent(this::website);
    fields.timezone().ifPresent(this::timezone);
    fields.dnd().ifPresent(this::dnd);
    fields.dndSettings().ifPresent(this::dndSettings);
    fields.inboundDndSettings().ifPresent(this::inboundDndSettings);
    fields.tags().ifPresent(this::tags);
    fields.customFields().ifPresent(this::customFields);
    fields.source().ifPresent(this::source);
    fields.dateOfBirth().ifPresent(this::dateOfBirth);
    fields.country().ifPresent(this::country);
    fields.assignedTo().ifPresent(this::assignedTo);
    fields.extraFields().forEach(this::extraField);
    return self();
  }

  /**
   * Sends a field the SDK does not model (yet), at the top level of the body and exactly as given:
   * a string, number, boolean, list or map. {@code null} removes an extra field set earlier.
   *
   * <p>Example: {@code .extraField("visitorId", "v-123")}
   *
   * @param name the JSON name; not one of the fields this builder has a setter for
   * @param value the JSON value, or {@code null} for not set
   * @return this builder
   * @throws IllegalArgumentException if the name is blank or a known field (use its setter)
   */
  public B extraField(String name, @Nullable Object value) {
    Arguments.notBlank(name, "extraField name");
    if (KNOWN_FIELDS.contains(name)) {
      throw new IllegalArgumentException(
          "extraField '" + name + "' is a field the SDK knows; use its setter " + name + "(..)");
    }
    if (value == null) {
      extraFields.remove(name);
    } else {
      extraFields.put(name, value);
    }
    return self();
  }

  /** The JSON names the request builders have setters for (never sent twice as an extra). */
  private static final Set<String> KNOWN_FIELDS = knownFields();

  private static Set<String> knownFields() {
    Set<String> names = new LinkedHashSet<>();
    for (RecordComponent c : ContactFields.class.getRecordComponents()) {
      names.add(c.getName());
    }
    names.remove("extraFields");
    names.addAll(List.of("locationId", "gender", "companyName", "createNewIfDuplicateAllowed"));
    return Set.copyOf(names);
  }

  ContactFields buildFields() {
    return new ContactFields(
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
        extraFields);
  }
}
