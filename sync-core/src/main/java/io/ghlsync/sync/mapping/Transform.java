package io.ghlsync.sync.mapping;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One step applied to a rule's value. Transforms run in order on a present value; a step that
 * returns empty drops the value, and the rule's default and null policy then apply. Text steps
 * ({@link Trim}, {@link ChangeCase}, {@link ValueMap}) work element-wise on lists.
 */
public sealed interface Transform {

  /**
   * Applies the step.
   *
   * @param value a present value
   * @return the new value, or empty to drop it
   * @throws MappingException when the value cannot be transformed
   */
  Optional<Object> apply(Object value);

  /** Strips leading and trailing white space; an empty result drops the value. */
  record Trim() implements Transform {
    @Override
    public Optional<Object> apply(Object value) {
      return eachText(value, s -> s.strip().isEmpty() ? null : s.strip());
    }
  }

  /**
   * Changes the letter case.
   *
   * @param style upper, lower or title case
   */
  record ChangeCase(CaseStyle style) implements Transform {
    /**
     * Validates the style.
     *
     * @param style upper, lower or title case
     */
    public ChangeCase {
      Objects.requireNonNull(style, "style");
    }

    @Override
    public Optional<Object> apply(Object value) {
      return eachText(value, style::apply);
    }
  }

  /**
   * Normalises a phone number to E.164 with libphonenumber; see {@link E164#check}. A value that is
   * not a valid phone number fails the record with the reason (never the value), so the audit
   * reports it; it is never turned into another number.
   *
   * @param defaultCallingCode calling code ({@code "49"}) or ISO region ({@code "DE"}) for national
   *     numbers, or {@code ""}
   */
  record E164Phone(String defaultCallingCode) implements Transform {
    /**
     * Validates the calling code.
     *
     * @param defaultCallingCode calling code ({@code "49"}) or ISO region ({@code "DE"}) for
     *     national numbers, or {@code ""}
     */
    public E164Phone {
      E164.checkCallingCode(defaultCallingCode);
    }

    @Override
    public Optional<Object> apply(Object value) {
      String raw = FieldValues.text(value);
      E164.Result result = E164.check(raw, defaultCallingCode);
      if (result instanceof E164.Result.Invalid invalid) {
        throw new MappingException(
            "value is not a phone number that can be written as E.164: " + invalid.reason());
      }
      return Optional.of(result.e164().orElseThrow());
    }
  }

  /**
   * Parses a date/time and puts it in an explicit zone; see {@link DateTimes}. Without a pattern
   * the value stays a date ({@link java.time.OffsetDateTime}) that the connector writes in its own
   * format; with a pattern it becomes that text.
   *
   * @param zone the zone the output is written in, e.g. {@code Europe/Berlin}
   * @param inputZone the zone of input values that carry no offset (e.g. {@code 2024-05-01
   *     10:00:00}); empty to reject such values
   * @param pattern a {@link DateTimeFormatter} pattern, e.g. {@code yyyy-MM-dd HH:mm:ss}, or {@code
   *     ""} to keep a typed date-time with offset
   */
  record DateTime(ZoneId zone, Optional<ZoneId> inputZone, String pattern) implements Transform {
    /**
     * Validates the pattern.
     *
     * @param zone the zone the output is written in, e.g. {@code Europe/Berlin}
     * @param inputZone the zone of input values that carry no offset (e.g. {@code 2024-05-01
     *     10:00:00}); empty to reject such values
     * @param pattern a {@link DateTimeFormatter} pattern, e.g. {@code yyyy-MM-dd HH:mm:ss}, or
     *     {@code ""} to keep a typed date-time with offset
     */
    public DateTime {
      Objects.requireNonNull(zone, "zone");
      Objects.requireNonNull(inputZone, "inputZone");
      if (!pattern.isEmpty()) {
        var unused = DateTimeFormatter.ofPattern(pattern, Locale.ROOT);
      }
    }

    @Override
    public Optional<Object> apply(Object value) {
      return Optional.of(DateTimes.format(value, zone, inputZone, pattern));
    }
  }

  /**
   * Replaces values through a table, e.g. GHL {@code type} to a target status. Keys are the text of
   * the value ({@code "true"}, {@code "lead"}, {@code "3"}).
   *
   * @param entries the table
   * @param otherwise the value for keys not in the table; empty to fall back to {@code
   *     keepUnmapped}
   * @param keepUnmapped whether a value not in the table passes unchanged (otherwise it is dropped)
   */
  record ValueMap(Map<String, Object> entries, Optional<Object> otherwise, boolean keepUnmapped)
      implements Transform {
    /**
     * Validates and copies the table.
     *
     * @param entries the table
     * @param otherwise the value for keys not in the table; empty to fall back to {@code
     *     keepUnmapped}
     * @param keepUnmapped whether a value not in the table passes unchanged (otherwise it is
     *     dropped)
     */
    public ValueMap {
      if (entries.isEmpty()) {
        throw new IllegalArgumentException("valueMap needs at least one entry");
      }
      Map<String, Object> copy = new java.util.LinkedHashMap<>();
      entries.forEach(
          (k, v) -> copy.put(k, FieldValues.normalize(v, "valueMap entry '" + k + "'")));
      entries = java.util.Collections.unmodifiableMap(copy);
      otherwise = otherwise.map(v -> FieldValues.normalize(v, "valueMap otherwise"));
      if (otherwise.isPresent() && keepUnmapped) {
        throw new IllegalArgumentException("valueMap takes either 'otherwise' or 'keepUnmapped'");
      }
    }

    @Override
    public Optional<Object> apply(Object value) {
      if (value instanceof List<?> list) {
        List<Object> out = new ArrayList<>();
        for (Object o : list) {
          lookup(o).ifPresent(out::add);
        }
        return out.isEmpty() ? Optional.empty() : Optional.of(out);
      }
      return lookup(value);
    }

    private Optional<Object> lookup(Object value) {
      Object mapped = entries.get(FieldValues.text(value));
      if (mapped != null) {
        return Optional.of(mapped);
      }
      if (otherwise.isPresent()) {
        return otherwise;
      }
      return keepUnmapped ? Optional.of(value) : Optional.empty();
    }
  }

  /**
   * A custom transform registered by name in {@link TransformFunctions}.
   *
   * @param name the registered name
   * @param function the resolved function
   */
  record Custom(String name, CustomTransform function) implements Transform {
    /**
     * Validates the components.
     *
     * @param name the registered name
     * @param function the resolved function
     */
    public Custom {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(function, "function");
    }

    @Override
    public Optional<Object> apply(Object value) {
      try {
        return function.apply(value);
      } catch (MappingException e) {
        throw e;
      } catch (RuntimeException e) {
        throw new MappingException("function '" + name + "' failed: " + e.getMessage(), e);
      }
    }
  }

  /** Letter case styles of {@link ChangeCase}. */
  enum CaseStyle {
    /** ALL UPPER CASE. */
    UPPER,
    /** all lower case. */
    LOWER,
    /** First Letter Of Each Word Upper Case, the rest lower case. */
    TITLE;

    String apply(String s) {
      return switch (this) {
        case UPPER -> s.toUpperCase(Locale.ROOT);
        case LOWER -> s.toLowerCase(Locale.ROOT);
        case TITLE -> title(s);
      };
    }

    private static String title(String s) {
      StringBuilder sb = new StringBuilder(s.length());
      boolean start = true;
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        sb.append(start ? Character.toTitleCase(c) : Character.toLowerCase(c));
        start = Character.isWhitespace(c) || c == '-';
      }
      return sb.toString();
    }
  }

  private static Optional<Object> eachText(
      Object value,
      java.util.function.Function<String, @org.jspecify.annotations.Nullable String> f) {
    if (value instanceof String s) {
      return Optional.ofNullable(f.apply(s));
    }
    if (value instanceof List<?> list) {
      List<Object> out = new ArrayList<>();
      for (Object o : list) {
        if (o instanceof String s) {
          String r = f.apply(s);
          if (r != null) {
            out.add(r);
          }
        } else {
          out.add(o);
        }
      }
      return out.isEmpty() ? Optional.empty() : Optional.of(out);
    }
    return Optional.of(value);
  }
}
