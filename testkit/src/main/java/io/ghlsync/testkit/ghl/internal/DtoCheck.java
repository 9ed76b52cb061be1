package io.ghlsync.testkit.ghl.internal;

import io.ghlsync.testkit.FakeResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Validates a request body the way GHL's NestJS pipes do: a whitelist that rejects unknown
 * properties ("property X should not exist") plus class-validator style checks, all collected into
 * one 422 whose {@code message} is an array.
 */
public final class DtoCheck {
  private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

  private final Map<String, Object> body;
  private final List<String> problems = new ArrayList<>();

  private DtoCheck(Map<String, Object> body) {
    this.body = body;
  }

  /**
   * Starts checking a body against a DTO's property whitelist.
   *
   * @param body the parsed body
   * @param allowed the DTO's properties
   * @return the check
   */
  public static DtoCheck of(Map<String, Object> body, Set<String> allowed) {
    DtoCheck check = new DtoCheck(body);
    for (String key : body.keySet()) {
      if (!allowed.contains(key)) {
        check.problems.add("property " + key + " should not exist");
      }
    }
    return check;
  }

  /**
   * Requires a property to be present and not empty.
   *
   * @param key the property
   * @return this check
   */
  public DtoCheck required(String key) {
    Object value = body.get(key);
    if (value == null || (value instanceof String s && s.isBlank())) {
      problems.add(key + " should not be empty");
    }
    return this;
  }

  /**
   * Requires a present, non-null property to be a string.
   *
   * @param key the property
   * @return this check
   */
  public DtoCheck string(String key) {
    Object value = body.get(key);
    if (value != null && !(value instanceof String)) {
      problems.add(key + " must be a string");
    }
    return this;
  }

  /**
   * Requires a present, non-null property to be a boolean.
   *
   * @param key the property
   * @return this check
   */
  public DtoCheck bool(String key) {
    Object value = body.get(key);
    if (value != null && !(value instanceof Boolean)) {
      problems.add(key + " must be a boolean value");
    }
    return this;
  }

  /**
   * Requires a present, non-null property to be an array of strings.
   *
   * @param key the property
   * @return this check
   */
  public DtoCheck stringArray(String key) {
    Object value = body.get(key);
    if (value == null) {
      return this;
    }
    if (!(value instanceof List<?> list)) {
      problems.add(key + " must be an array");
    } else if (!list.stream().allMatch(String.class::isInstance)) {
      problems.add("each value in " + key + " must be a string");
    }
    return this;
  }

  /**
   * Requires a present, non-null property to be an ISO-8601 date string.
   *
   * @param key the property
   * @return this check
   */
  public DtoCheck isoDate(String key) {
    Object value = body.get(key);
    if (value != null && !(value instanceof String s && Dates.parseInstant(s).isPresent())) {
      problems.add(key + " must be a valid ISO 8601 date string");
    }
    return this;
  }

  /**
   * Requires a present, non-null property to be an email address.
   *
   * @param key the property
   * @return this check
   */
  public DtoCheck email(String key) {
    Object value = body.get(key);
    if (value != null && !(value instanceof String s && EMAIL.matcher(s.trim()).matches())) {
      problems.add(key + " must be an email");
    }
    return this;
  }

  /**
   * Adds a problem when a condition fails.
   *
   * @param ok the condition
   * @param message the problem
   * @return this check
   */
  public DtoCheck check(boolean ok, String message) {
    if (!ok) {
      problems.add(message);
    }
    return this;
  }

  /**
   * Returns the 422 to answer, if anything failed.
   *
   * @return the failure response
   */
  public Optional<FakeResponse> failure() {
    return problems.isEmpty()
        ? Optional.empty()
        : Optional.of(GhlErrors.unprocessable(List.copyOf(problems)));
  }
}
