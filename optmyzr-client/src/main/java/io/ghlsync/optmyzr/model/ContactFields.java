package io.ghlsync.optmyzr.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/**
 * The writable fields of a contact in the contacts contract. Used as the body of create, upsert and
 * update (only the fields that are set are sent, so an update is a partial update) and as the field
 * part of a {@link Contact} read back.
 *
 * <p>Builder methods are the camelCase forms of the contract's snake_case JSON fields ({@code
 * externalId} is {@code external_id}). Values are checked when the request is sent: {@code email}
 * must be an address, {@code phone} is normalised to E.164. {@link #toString()} hides e-mail and
 * phone.
 *
 * <p>Example: {@code ContactFields.builder().email("ana@example.com").firstName("Ana").build()}
 */
public final class ContactFields {
  private final @Nullable String externalId;
  private final @Nullable String email;
  private final @Nullable String phone;
  private final @Nullable String firstName;
  private final @Nullable String lastName;
  private final @Nullable String company;
  private final @Nullable String lifecycleStage;
  private final @Nullable Integer leadScore;
  private final @Nullable String source;
  private final @Nullable String gclid;
  private final @Nullable List<String> tags;
  private final @Nullable Map<String, Object> customFields;

  private ContactFields(Builder b) {
    this.externalId = b.externalId;
    this.email = b.email;
    this.phone = b.phone;
    this.firstName = b.firstName;
    this.lastName = b.lastName;
    this.company = b.company;
    this.lifecycleStage = b.lifecycleStage;
    this.leadScore = b.leadScore;
    this.source = b.source;
    this.gclid = b.gclid;
    this.tags = b.tags == null ? null : List.copyOf(b.tags);
    this.customFields =
        b.customFields == null
            ? null
            : Collections.unmodifiableMap(new LinkedHashMap<>(b.customFields));
  }

  /**
   * Starts an empty set of fields.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * {@code external_id}: the id of this contact in the source system (e.g. GHL).
   *
   * @return the external id, or empty if not set
   */
  public Optional<String> externalId() {
    return Optional.ofNullable(externalId);
  }

  /**
   * {@code email}.
   *
   * @return the e-mail address, or empty if not set
   */
  public Optional<String> email() {
    return Optional.ofNullable(email);
  }

  /**
   * {@code phone}, E.164 once sent.
   *
   * @return the phone number, or empty if not set
   */
  public Optional<String> phone() {
    return Optional.ofNullable(phone);
  }

  /**
   * {@code first_name}.
   *
   * @return the first name, or empty if not set
   */
  public Optional<String> firstName() {
    return Optional.ofNullable(firstName);
  }

  /**
   * {@code last_name}.
   *
   * @return the last name, or empty if not set
   */
  public Optional<String> lastName() {
    return Optional.ofNullable(lastName);
  }

  /**
   * {@code company}.
   *
   * @return the company name, or empty if not set
   */
  public Optional<String> company() {
    return Optional.ofNullable(company);
  }

  /**
   * {@code lifecycle_stage}, e.g. {@code lead} or {@code customer}.
   *
   * @return the stage, or empty if not set
   */
  public Optional<String> lifecycleStage() {
    return Optional.ofNullable(lifecycleStage);
  }

  /**
   * {@code lead_score}.
   *
   * @return the score, or empty if not set
   */
  public OptionalInt leadScore() {
    return leadScore == null ? OptionalInt.empty() : OptionalInt.of(leadScore);
  }

  /**
   * {@code source}, where the lead came from.
   *
   * @return the source, or empty if not set
   */
  public Optional<String> source() {
    return Optional.ofNullable(source);
  }

  /**
   * {@code gclid}, the Google click id of the lead's ad click.
   *
   * @return the click id, or empty if not set
   */
  public Optional<String> gclid() {
    return Optional.ofNullable(gclid);
  }

  /**
   * {@code tags}; empty when not set (an empty list that was set is a present empty list).
   *
   * @return the tags (unmodifiable), or empty if not set
   */
  public Optional<List<String>> tags() {
    return Optional.ofNullable(tags);
  }

  /**
   * {@code custom_fields}: values are strings, numbers, booleans, lists or maps.
   *
   * @return key to value (unmodifiable, in the order set), or empty if not set
   */
  public Optional<Map<String, Object>> customFields() {
    return Optional.ofNullable(customFields);
  }

  /**
   * Whether no field is set.
   *
   * @return {@code true} if every field is unset
   */
  public boolean isEmpty() {
    return equals(new Builder().build());
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof ContactFields f
        && Objects.equals(externalId, f.externalId)
        && Objects.equals(email, f.email)
        && Objects.equals(phone, f.phone)
        && Objects.equals(firstName, f.firstName)
        && Objects.equals(lastName, f.lastName)
        && Objects.equals(company, f.company)
        && Objects.equals(lifecycleStage, f.lifecycleStage)
        && Objects.equals(leadScore, f.leadScore)
        && Objects.equals(source, f.source)
        && Objects.equals(gclid, f.gclid)
        && Objects.equals(tags, f.tags)
        && Objects.equals(customFields, f.customFields);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        externalId,
        email,
        phone,
        firstName,
        lastName,
        company,
        lifecycleStage,
        leadScore,
        source,
        gclid,
        tags,
        customFields);
  }

  /**
   * Lists the fields that are set; e-mail, phone, names, company and tags are shown as {@code
   * [redacted]}.
   */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("ContactFields[");
    appendIfSet(sb, "externalId", externalId);
    appendIfSet(sb, "email", email == null ? null : "[redacted]");
    appendIfSet(sb, "phone", phone == null ? null : "[redacted]");
    appendIfSet(sb, "firstName", firstName == null ? null : "[redacted]");
    appendIfSet(sb, "lastName", lastName == null ? null : "[redacted]");
    appendIfSet(sb, "company", company == null ? null : "[redacted]");
    appendIfSet(sb, "lifecycleStage", lifecycleStage);
    appendIfSet(sb, "leadScore", leadScore);
    appendIfSet(sb, "source", source);
    appendIfSet(sb, "gclid", gclid);
    appendIfSet(sb, "tags", tags == null ? null : "[redacted]");
    appendIfSet(sb, "customFields", customFields == null ? null : customFields.keySet());
    if (sb.charAt(sb.length() - 1) == ' ') {
      sb.setLength(sb.length() - 2);
    }
    return sb.append(']').toString();
  }

  private static void appendIfSet(StringBuilder sb, String name, @Nullable Object value) {
    if (value != null) {
      sb.append(name).append('=').append(value).append(", ");
    }
  }

  /** Builder of {@link ContactFields}; each method sets the JSON field of the same name. */
  public static final class Builder {
    private @Nullable String externalId;
    private @Nullable String email;
    private @Nullable String phone;
    private @Nullable String firstName;
    private @Nullable String lastName;
    private @Nullable String company;
    private @Nullable String lifecycleStage;
    private @Nullable Integer leadScore;
    private @Nullable String source;
    private @Nullable String gclid;
    private @Nullable List<String> tags;
    private @Nullable Map<String, Object> customFields;

    private Builder() {}

    /**
     * Sets {@code external_id}.
     *
     * @param value the source system's id
     * @return this builder
     */
    public Builder externalId(String value) {
      this.externalId = Objects.requireNonNull(value, "externalId");
      return this;
    }

    /**
     * Sets {@code email}.
     *
     * @param value the address
     * @return this builder
     */
    public Builder email(String value) {
      this.email = Objects.requireNonNull(value, "email");
      return this;
    }

    /**
     * Sets {@code phone}; normalised to E.164 when sent.
     *
     * @param value the number, with country code
     * @return this builder
     */
    public Builder phone(String value) {
      this.phone = Objects.requireNonNull(value, "phone");
      return this;
    }

    /**
     * Sets {@code first_name}.
     *
     * @param value the first name
     * @return this builder
     */
    public Builder firstName(String value) {
      this.firstName = Objects.requireNonNull(value, "firstName");
      return this;
    }

    /**
     * Sets {@code last_name}.
     *
     * @param value the last name
     * @return this builder
     */
    public Builder lastName(String value) {
      this.lastName = Objects.requireNonNull(value, "lastName");
      return this;
    }

    /**
     * Sets {@code company}.
     *
     * @param value the company name
     * @return this builder
     */
    public Builder company(String value) {
      this.company = Objects.requireNonNull(value, "company");
      return this;
    }

    /**
     * Sets {@code lifecycle_stage}.
     *
     * @param value the stage, e.g. {@code lead}
     * @return this builder
     */
    public Builder lifecycleStage(String value) {
      this.lifecycleStage = Objects.requireNonNull(value, "lifecycleStage");
      return this;
    }

    /**
     * Sets {@code lead_score}.
     *
     * @param value the score
     * @return this builder
     */
    public Builder leadScore(int value) {
      this.leadScore = value;
      return this;
    }

    /**
     * Sets {@code source}.
     *
     * @param value where the lead came from
     * @return this builder
     */
    public Builder source(String value) {
      this.source = Objects.requireNonNull(value, "source");
      return this;
    }

    /**
     * Sets {@code gclid}.
     *
     * @param value the Google click id
     * @return this builder
     */
    public Builder gclid(String value) {
      this.gclid = Objects.requireNonNull(value, "gclid");
      return this;
    }

    /**
     * Sets {@code tags}, replacing the contact's whole tag list when sent.
     *
     * @param value the tags (an empty list clears them)
     * @return this builder
     */
    public Builder tags(List<String> value) {
      this.tags = List.copyOf(Objects.requireNonNull(value, "tags"));
      return this;
    }

    /**
     * Sets one entry of {@code custom_fields}.
     *
     * @param key the custom field key
     * @param value a string, number, boolean, list or map
     * @return this builder
     */
    public Builder customField(String key, Object value) {
      Objects.requireNonNull(key, "customField key");
      Objects.requireNonNull(value, "customField value");
      if (customFields == null) {
        customFields = new LinkedHashMap<>();
      }
      customFields.put(key, value);
      return this;
    }

    /**
     * Sets {@code custom_fields} as a whole.
     *
     * @param value the custom fields
     * @return this builder
     */
    public Builder customFields(Map<String, Object> value) {
      this.customFields = new LinkedHashMap<>(Objects.requireNonNull(value, "customFields"));
      return this;
    }

    /**
     * Builds the immutable fields.
     *
     * @return the fields
     */
    public ContactFields build() {
      return new ContactFields(this);
    }
  }
}
