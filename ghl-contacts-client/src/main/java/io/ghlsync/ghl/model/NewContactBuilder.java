package io.ghlsync.ghl.model;

import io.ghlsync.ghl.internal.Arguments;
import io.ghlsync.ghl.internal.PathSegments;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What create and upsert add to the shared {@link ContactFields}: the location, gender and company
 * name (GHL refuses them on update). {@code null} means "not set", as for every field.
 *
 * @param <B> the concrete builder
 */
abstract class NewContactBuilder<B extends NewContactBuilder<B>> extends ContactFieldsBuilder<B> {
  Optional<String> locationId = Optional.empty();
  Optional<String> gender = Optional.empty();
  Optional<String> companyName = Optional.empty();

  NewContactBuilder() {}

  /**
   * Sets the sub-account (location) id; when unset, the client's {@code locationId} is used.
   *
   * @param value the location id, or {@code null} for not set
   * @return this builder
   * @throws IllegalArgumentException if the id is blank or would change the request path
   */
  public B locationId(@Nullable String value) {
    this.locationId =
        value == null ? Optional.empty() : Optional.of(PathSegments.id(value, "locationId"));
    return self();
  }

  /**
   * Sets the gender, e.g. {@code male}.
   *
   * @param value the gender, or {@code null} for not set
   * @return this builder
   * @throws IllegalArgumentException if the value is blank
   */
  public B gender(@Nullable String value) {
    this.gender =
        value == null ? Optional.empty() : Optional.of(Arguments.notBlank(value, "gender"));
    return self();
  }

  /**
   * Sets the company name.
   *
   * @param value the company name, or {@code null} for not set
   * @return this builder
   */
  public B companyName(@Nullable String value) {
    this.companyName = Optional.ofNullable(value);
    return self();
  }

  /** Copies what create and upsert add to the shared fields, for {@code toBuilder()}. */
  B newContact(Optional<String> locationId, Optional<String> gender, Optional<String> company) {
    this.locationId = locationId;
    this.gender = gender;
    this.companyName = company;
    return self();
  }
}
