package io.ghlsync.testkit.optmyzr.internal;

import io.ghlsync.testkit.JsonText;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The contract's value rules as the fake enforces them: JSON object bodies, no unknown fields,
 * strings, integers, ISO-8601 timestamps, e-mail and E.164 phone formats, and {@code limit} 1..100
 * (default 50). Each failure is a {@link Rejection} naming the field.
 */
public final class BodyRules {
  /** The default page size. */
  public static final int DEFAULT_LIMIT = 50;

  private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[A-Za-z]{2,}$");
  private static final Pattern E164 = Pattern.compile("^\\+[1-9][0-9]{6,14}$");

  private BodyRules() {}

  /**
   * Parses a body that must be a JSON object with only known fields.
   *
   * @param body the body text
   * @param allowed the field names the operation accepts
   * @return the object
   */
  public static Map<String, Object> object(String body, Set<String> allowed) {
    Map<String, Object> json;
    try {
      json = body.isBlank() ? Map.of() : JsonText.parseObject(body);
    } catch (IllegalArgumentException e) {
      throw Rejection.badRequest("invalid_json", "the body must be a JSON object", null);
    }
    for (String key : json.keySet()) {
      if (!allowed.contains(key)) {
        throw Rejection.badRequest("unknown_parameter", "unknown field " + key, key);
      }
    }
    return json;
  }

  /**
   * A string field, or null when absent or JSON null.
   *
   * @param json the object
   * @param field the field
   * @return the value
   */
  public static @Nullable String text(Map<String, Object> json, String field) {
    Object v = json.get(field);
    if (v == null) {
      return null;
    }
    if (!(v instanceof String s)) {
      throw Rejection.invalid(field, field + " must be a string");
    }
    return s;
  }

  /**
   * A required non-blank string field.
   *
   * @param json the object
   * @param field the field
   * @return the value
   */
  public static String requiredText(Map<String, Object> json, String field) {
    String s = text(json, field);
    if (s == null || s.isBlank()) {
      throw Rejection.invalid(field, field + " is required");
    }
    return s;
  }

  /**
   * An e-mail field.
   *
   * @param json the object
   * @param field the field
   * @return the value, or null
   */
  public static @Nullable String email(Map<String, Object> json, String field) {
    String s = text(json, field);
    if (s != null && !EMAIL.matcher(s).matches()) {
      throw Rejection.invalid(field, field + " is invalid");
    }
    return s;
  }

  /**
   * An E.164 phone field.
   *
   * @param json the object
   * @param field the field
   * @return the value, or null
   */
  public static @Nullable String phone(Map<String, Object> json, String field) {
    String s = text(json, field);
    if (s != null && !E164.matcher(s).matches()) {
      throw Rejection.invalid(field, field + " must be in E.164 format");
    }
    return s;
  }

  /**
   * An integer field.
   *
   * @param json the object
   * @param field the field
   * @return the value, or null
   */
  public static @Nullable Integer integer(Map<String, Object> json, String field) {
    Object v = json.get(field);
    if (v == null) {
      return null;
    }
    if (v instanceof Number n
        && n.doubleValue() == Math.rint(n.doubleValue())
        && Math.abs(n.doubleValue()) <= Integer.MAX_VALUE) {
      return n.intValue();
    }
    throw Rejection.invalid(field, field + " must be an integer");
  }

  /**
   * A timestamp field, normalised to ISO-8601 UTC.
   *
   * @param json the object
   * @param field the field
   * @return the value, or null
   */
  public static @Nullable String timestamp(Map<String, Object> json, String field) {
    String s = text(json, field);
    return s == null ? null : instant(s, field).toString();
  }

  /**
   * Parses an ISO-8601 timestamp.
   *
   * @param text the text
   * @param field the field, for the rejection
   * @return the instant
   */
  public static Instant instant(String text, String field) {
    try {
      return OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeParseException e) {
      throw Rejection.invalid(field, field + " must be an ISO-8601 timestamp");
    }
  }

  /**
   * A list of non-blank strings.
   *
   * @param json the object
   * @param field the field
   * @return the value, or null
   */
  public static @Nullable List<String> strings(Map<String, Object> json, String field) {
    Object v = json.get(field);
    if (v == null) {
      return null;
    }
    if (v instanceof List<?> list) {
      List<String> out = new java.util.ArrayList<>();
      for (Object item : list) {
        if (!(item instanceof String s) || s.isBlank()) {
          throw Rejection.invalid(field, field + " must be a list of non-blank strings");
        }
        out.add(s);
      }
      return out;
    }
    throw Rejection.invalid(field, field + " must be a list of strings");
  }

  /**
   * The {@code limit} query parameter.
   *
   * @param value the raw value, or null
   * @return the page size
   */
  public static int limit(@Nullable String value) {
    if (value == null) {
      return DEFAULT_LIMIT;
    }
    try {
      int limit = Integer.parseInt(value);
      if (limit >= 1 && limit <= 100) {
        return limit;
      }
    } catch (NumberFormatException e) {
      // falls through
    }
    throw Rejection.badRequest("invalid_limit", "limit must be between 1 and 100", "limit");
  }
}
