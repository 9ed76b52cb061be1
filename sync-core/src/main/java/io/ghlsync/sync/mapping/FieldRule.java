package io.ghlsync.sync.mapping;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One declarative rule: where a target field's value comes from and how it is shaped.
 *
 * <p>Evaluation: read the {@link #source()}, run the {@link #transforms()} in order, fall back to
 * the {@link #defaultValue()}; with no value left, a {@link #required()} rule fails the record and
 * any other rule follows its {@link #nullPolicy()}.
 *
 * <p>Example: {@code FieldRule.to("Email").from("email").trim().lowerCase().build()}.
 *
 * @param target the target field name
 * @param source where the value comes from
 * @param transforms the steps, in order
 * @param nullPolicy what happens when no value is left
 * @param required whether a missing value fails the record
 * @param defaultValue the value used when the source gives none
 * @param personal whether the value is personal data (masked in the audit trail unless the host
 *     opts in)
 */
public record FieldRule(
    String target,
    ValueSource source,
    List<Transform> transforms,
    NullPolicy nullPolicy,
    boolean required,
    Optional<Object> defaultValue,
    boolean personal) {

  /**
   * Validates and copies the components.
   *
   * @param target the target field name
   * @param source where the value comes from
   * @param transforms the steps, in order
   * @param nullPolicy what happens when no value is left
   * @param required whether a missing value fails the record
   * @param defaultValue the value used when the source gives none
   * @param personal whether the value is personal data (masked in the audit trail unless the host
   *     opts in)
   */
  public FieldRule {
    if (target.isBlank()) {
      throw new IllegalArgumentException("target field name must not be blank");
    }
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(nullPolicy, "nullPolicy");
    transforms = List.copyOf(transforms);
    defaultValue = defaultValue.map(v -> FieldValues.normalize(v, "default of '" + target + "'"));
  }

  /**
   * Starts a rule for a target field.
   *
   * @param target the target field name
   * @return a builder
   */
  public static Builder to(String target) {
    return new Builder(target);
  }

  /**
   * Evaluates the rule.
   *
   * @param record the source record
   * @return the value, empty when there is none (the caller applies the null policy)
   * @throws MappingException when a transform fails or a required value is missing
   */
  public Optional<Object> evaluate(SourceRecord record) {
    Optional<Object> value = source.read(record);
    for (Transform transform : transforms) {
      if (value.isEmpty()) {
        break;
      }
      value = transform.apply(value.get());
    }
    if (value.isEmpty()) {
      value = defaultValue;
    }
    if (value.isEmpty() && required) {
      throw new MappingException("required value is missing; set the source or a default");
    }
    return value;
  }

  /** Builder of a {@link FieldRule}; a source is required. */
  public static final class Builder {
    private final String target;
    private @Nullable ValueSource source;
    private final List<Transform> transforms = new ArrayList<>();
    private NullPolicy nullPolicy = NullPolicy.SKIP;
    private boolean required;
    private @Nullable Object defaultValue;
    private boolean personal = true;

    private Builder(String target) {
      this.target = target;
    }

    /**
     * Reads the value at a source path.
     *
     * @param path e.g. {@code firstName}
     * @return this builder
     */
    public Builder from(String path) {
      this.source = new ValueSource.Path(path);
      return this;
    }

    /**
     * Uses a constant value.
     *
     * @param value a String, Boolean, Number, List or Map
     * @return this builder
     */
    public Builder constant(Object value) {
      this.source = new ValueSource.Constant(value);
      return this;
    }

    /**
     * Joins the text of several paths.
     *
     * @param separator placed between parts
     * @param paths the source paths
     * @return this builder
     */
    public Builder concat(String separator, String... paths) {
      this.source = new ValueSource.Concat(List.of(paths), separator);
      return this;
    }

    /**
     * Adds a transform step.
     *
     * @param transform the step
     * @return this builder
     */
    public Builder transform(Transform transform) {
      transforms.add(transform);
      return this;
    }

    /**
     * Adds {@link Transform.Trim}.
     *
     * @return this builder
     */
    public Builder trim() {
      return transform(new Transform.Trim());
    }

    /**
     * Adds lower-casing.
     *
     * @return this builder
     */
    public Builder lowerCase() {
      return transform(new Transform.ChangeCase(Transform.CaseStyle.LOWER));
    }

    /**
     * Adds E.164 phone normalisation.
     *
     * @param defaultCallingCode e.g. {@code "49"}, or {@code ""}
     * @return this builder
     */
    public Builder e164(String defaultCallingCode) {
      return transform(new Transform.E164Phone(defaultCallingCode));
    }

    /**
     * Adds a date/time conversion.
     *
     * @param zone output zone
     * @param pattern output pattern, or {@code ""} to keep a typed date-time
     * @return this builder
     */
    public Builder dateTime(ZoneId zone, String pattern) {
      return transform(new Transform.DateTime(zone, Optional.of(ZoneId.of("UTC")), pattern));
    }

    /**
     * Adds a value table; values not in it are dropped.
     *
     * @param entries the table
     * @return this builder
     */
    public Builder valueMap(Map<String, ?> entries) {
      return transform(new Transform.ValueMap(Map.copyOf(entries), Optional.empty(), false));
    }

    /**
     * Sets the null policy (default {@link NullPolicy#SKIP}).
     *
     * @param policy the policy
     * @return this builder
     */
    public Builder nullPolicy(NullPolicy policy) {
      this.nullPolicy = policy;
      return this;
    }

    /**
     * Makes a missing value fail the record.
     *
     * @return this builder
     */
    public Builder required() {
      this.required = true;
      return this;
    }

    /**
     * Sets the value used when the source gives none.
     *
     * @param value the default
     * @return this builder
     */
    public Builder defaultValue(Object value) {
      this.defaultValue = value;
      return this;
    }

    /**
     * Marks whether the value is personal data (default true: masked in the audit trail).
     *
     * @param value false for non-personal fields such as a status
     * @return this builder
     */
    public Builder personal(boolean value) {
      this.personal = value;
      return this;
    }

    /**
     * Builds the rule.
     *
     * @return the rule
     * @throws IllegalArgumentException when no source was set
     */
    public FieldRule build() {
      ValueSource s = source;
      if (s == null) {
        throw new IllegalArgumentException(
            "rule '" + target + "' needs a source: call from(), constant() or concat()");
      }
      return new FieldRule(
          target, s, transforms, nullPolicy, required, Optional.ofNullable(defaultValue), personal);
    }
  }
}
