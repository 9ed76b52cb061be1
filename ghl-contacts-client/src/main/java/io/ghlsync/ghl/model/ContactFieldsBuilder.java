package io.ghlsync.ghl.model;

import io.ghlsync.ghl.internal.Arguments;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The contact fields that create, upsert and update share, with setters named like the JSON fields.
 * Values left unset are not sent.
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
  final Set<String> cleared = new LinkedHashSet<>();

  ContactFieldsBuilder() {}

  abstract B self();

  private <T> Optional<T> set(String field, T value) {
    cleared.remove(field);
    return Optional.of(Arguments.notNull(value, field));
  }

  /**
   * Sets the first name.
   *
   * @param value the value
   * @return this builder
   */
  public B firstName(String value) {
    this.firstName = set("firstName", value);
    return self();
  }

  /**
   * Sets the last name.
   *
   * @param value the value
   * @return this builder
   */
  public B lastName(String value) {
    this.lastName = set("lastName", value);
    return self();
  }

  /**
   * Sets the full name.
   *
   * @param value the value
   * @return this builder
   */
  public B name(String value) {
    this.name = set("name", value);
    return self();
  }

  /**
   * Sets the primary email.
   *
   * @param value the value
   * @return this builder
   */
  public B email(String value) {
    this.email = set("email", value);
    return self();
  }

  /**
   * Sets the primary phone, e.g. {@code +1 888-888-8888}.
   *
   * @param value the value
   * @return this builder
   */
  public B phone(String value) {
    this.phone = set("phone", value);
    return self();
  }

  /**
   * Sets the street address.
   *
   * @param value the value
   * @return this builder
   */
  public B address1(String value) {
    this.address1 = set("address1", value);
    return self();
  }

  /**
   * Sets the city.
   *
   * @param value the value
   * @return this builder
   */
  public B city(String value) {
    this.city = set("city", value);
    return self();
  }

  /**
   * Sets the state or region.
   *
   * @param value the value
   * @return this builder
   */
  public B state(String value) {
    this.state = set("state", value);
    return self();
  }

  /**
   * Sets the postal code.
   *
   * @param value the value
   * @return this builder
   */
  public B postalCode(String value) {
    this.postalCode = set("postalCode", value);
    return self();
  }

  /**
   * Sets the website.
   *
   * @param value the value
   * @return this builder
   */
  public B website(String value) {
    this.website = set("website", value);
    return self();
  }

  /**
   * Sets the IANA time zone, e.g. {@code America/Chihuahua}.
   *
   * @param value the value
   * @return this builder
   */
  public B timezone(String value) {
    this.timezone = set("timezone", value);
    return self();
  }

  /**
   * Sets global do-not-disturb.
   *
   * @param value the value
   * @return this builder
   */
  public B dnd(Boolean value) {
    this.dnd = set("dnd", value);
    return self();
  }

  /**
   * Sets do-not-disturb per channel.
   *
   * @param value the value
   * @return this builder
   */
  public B dndSettings(DndSettings value) {
    this.dndSettings = set("dndSettings", value);
    return self();
  }

  /**
   * Sets inbound do-not-disturb.
   *
   * @param value the value
   * @return this builder
   */
  public B inboundDndSettings(InboundDndSettings value) {
    this.inboundDndSettings = set("inboundDndSettings", value);
    return self();
  }

  /**
   * Sets the tags; <b>replaces</b> all existing tags (use {@code tags().add} to add some).
   *
   * @param value the value
   * @return this builder
   */
  public B tags(List<String> value) {
    this.tags = set("tags", Arguments.strings(value, "tags"));
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
   * @param value the value
   * @return this builder
   */
  public B customFields(List<CustomFieldInput> value) {
    this.customFields =
        set("customFields", Arguments.<CustomFieldInput>list(value, "customFields"));
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
   * @param value the value
   * @return this builder
   */
  public B source(String value) {
    this.source = set("source", value);
    return self();
  }

  /**
   * Sets the date of birth, e.g. {@code 1990-09-25} (GHL also accepts {@code YYYY/MM/DD}, {@code
   * MM/DD/YYYY} and dotted or underscored forms).
   *
   * @param value the value
   * @return this builder
   */
  public B dateOfBirth(String value) {
    this.dateOfBirth = set("dateOfBirth", value);
    return self();
  }

  /**
   * Sets the country, ISO-3166 alpha-2.
   *
   * @param value the value
   * @return this builder
   */
  public B country(String value) {
    this.country = set("country", value);
    return self();
  }

  /**
   * Sets the id of the assigned user.
   *
   * @param value the value
   * @return this builder
   */
  public B assignedTo(String value) {
    this.assignedTo = set("assignedTo", value);
    return self();
  }

  /**
   * Sets the date of birth.
   *
   * @param value the date, sent as {@code YYYY-MM-DD}
   * @return this builder
   */
  public B dateOfBirth(LocalDate value) {
    return dateOfBirth(Arguments.notNull(value, "dateOfBirth").toString());
  }
}
