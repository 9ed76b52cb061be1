package io.ghlsync.testkit.ghl.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One node of a search's {@code filters}: a condition {@code {field, operator, value}} or a group
 * {@code {group: "AND"|"OR", filters: [...]}}. Strings compare case-insensitively; arrays (e.g.
 * {@code tags}) match when any element does; {@code range} compares dates as instants (bounds as
 * ISO strings or epoch milliseconds), numbers as numbers, anything else as text.
 */
public sealed interface SearchFilter permits SearchFilter.Condition, SearchFilter.Group {

  /** The operators GHL documents. */
  Set<String> OPERATORS =
      Set.of("eq", "not_eq", "contains", "not_contains", "exists", "not_exists", "range");

  /** The longest filter value GHL accepts. */
  int MAX_VALUE_LENGTH = 75;

  /**
   * Tests a contact.
   *
   * @param contact the stored contact
   * @return whether it matches
   */
  boolean matches(Map<String, Object> contact);

  /**
   * Parses a filter list; problems are collected, not thrown.
   *
   * @param raw the {@code filters} member
   * @param path where the list is, for messages (e.g. {@code filters})
   * @param problems where problems go
   * @return the filters, ANDed
   */
  static List<SearchFilter> parseAll(@Nullable Object raw, String path, List<String> problems) {
    List<SearchFilter> out = new ArrayList<>();
    if (raw == null) {
      return out;
    }
    if (!(raw instanceof List<?> items)) {
      problems.add(path + " must be an array");
      return out;
    }
    for (int i = 0; i < items.size(); i++) {
      String at = path + "." + i;
      if (!(items.get(i) instanceof Map<?, ?> item)) {
        problems.add(at + " must be an object");
      } else if (item.containsKey("group")) {
        String group = String.valueOf(item.get("group")).toUpperCase(Locale.ROOT);
        if (!group.equals("AND") && !group.equals("OR")) {
          problems.add(at + ".group must be one of the following values: AND, OR");
        }
        out.add(
            new Group(
                group.equals("AND"), parseAll(item.get("filters"), at + ".filters", problems)));
      } else {
        out.add(Condition.parse(item, at, problems));
      }
    }
    return out;
  }

  /**
   * A condition on one field.
   *
   * @param field the contact field, e.g. {@code email} or {@code customFields.<id>}
   * @param operator one of {@link #OPERATORS}
   * @param value the operand ({@code null} for exists/not_exists)
   */
  record Condition(String field, String operator, @Nullable Object value) implements SearchFilter {

    static Condition parse(Map<?, ?> item, String at, List<String> problems) {
      String field = item.get("field") instanceof String f ? f : "";
      String operator = item.get("operator") instanceof String o ? o : "";
      Object value = item.get("value");
      if (field.isBlank()) {
        problems.add(at + ".field should not be empty");
      }
      if (!OPERATORS.contains(operator)) {
        problems.add(
            at
                + ".operator must be one of the following values: eq, not_eq, contains,"
                + " not_contains, exists, not_exists, range");
      }
      if (operator.equals("range") && !(value instanceof Map)) {
        problems.add(at + ".value must be an object with gte, lte, gt or lt for range");
      }
      if (value instanceof String s && s.length() > MAX_VALUE_LENGTH) {
        problems.add(at + ".value must be shorter than or equal to 75 characters");
      }
      boolean needsValue = !operator.equals("exists") && !operator.equals("not_exists");
      if (needsValue && value == null && OPERATORS.contains(operator)) {
        problems.add(at + ".value should not be empty");
      }
      return new Condition(field, operator, value);
    }

    @Override
    public boolean matches(Map<String, Object> contact) {
      List<Object> values = values(ContactView.field(contact, field));
      return switch (operator) {
        case "eq" -> anyEquals(values);
        case "not_eq" -> !anyEquals(values);
        case "contains" -> anyContains(values);
        case "not_contains" -> !anyContains(values);
        case "exists" -> values.stream().anyMatch(v -> !String.valueOf(v).isBlank());
        case "not_exists" -> values.stream().allMatch(v -> String.valueOf(v).isBlank());
        default -> values.stream().anyMatch(this::inRange);
      };
    }

    private boolean anyEquals(List<Object> values) {
      for (Object wanted : values(value)) {
        for (Object actual : values) {
          if (text(actual).equalsIgnoreCase(text(wanted))) {
            return true;
          }
        }
      }
      return false;
    }

    private boolean anyContains(List<Object> values) {
      for (Object wanted : values(value)) {
        String needle = text(wanted).toLowerCase(Locale.ROOT);
        for (Object actual : values) {
          if (text(actual).toLowerCase(Locale.ROOT).contains(needle)) {
            return true;
          }
        }
      }
      return false;
    }

    private boolean inRange(Object actual) {
      Map<?, ?> bounds = value instanceof Map<?, ?> m ? m : Map.of();
      for (Map.Entry<?, ?> bound : bounds.entrySet()) {
        int cmp = compare(actual, bound.getValue());
        boolean ok =
            switch (String.valueOf(bound.getKey())) {
              case "gte" -> cmp >= 0;
              case "gt" -> cmp > 0;
              case "lte" -> cmp <= 0;
              case "lt" -> cmp < 0;
              default -> true;
            };
        if (!ok) {
          return false;
        }
      }
      return true;
    }
  }

  /**
   * A group of filters combined with AND or OR.
   *
   * @param and whether all (true) or any (false) must match
   * @param filters the members
   */
  record Group(boolean and, List<SearchFilter> filters) implements SearchFilter {
    @Override
    public boolean matches(Map<String, Object> contact) {
      return and
          ? filters.stream().allMatch(f -> f.matches(contact))
          : filters.stream().anyMatch(f -> f.matches(contact));
    }
  }

  /**
   * Compares a field value with an operand: as instants when both read as dates, as numbers when
   * both are numbers, else as case-insensitive text.
   *
   * @param actual the field value
   * @param bound the operand
   * @return the comparison
   */
  static int compare(@Nullable Object actual, @Nullable Object bound) {
    Optional<Instant> a = instant(actual);
    Optional<Instant> b = instant(bound);
    if (a.isPresent() && b.isPresent()) {
      return a.get().compareTo(b.get());
    }
    if (actual instanceof Number x && bound instanceof Number y) {
      return Double.compare(x.doubleValue(), y.doubleValue());
    }
    return text(actual).compareToIgnoreCase(text(bound));
  }

  private static Optional<Instant> instant(@Nullable Object value) {
    if (value instanceof String s && s.length() >= 10 && Character.isDigit(s.charAt(0))) {
      return Dates.parseInstant(s);
    }
    if (value instanceof Number n && n.doubleValue() > 1e11) {
      return Optional.of(Instant.ofEpochMilli(n.longValue()));
    }
    return Optional.empty();
  }

  private static List<Object> values(@Nullable Object raw) {
    List<Object> out = new ArrayList<>();
    if (raw instanceof List<?> list) {
      for (Object item : list) {
        if (item != null) {
          out.add(item);
        }
      }
    } else if (raw != null) {
      out.add(raw);
    }
    return out;
  }

  /**
   * Renders a JSON scalar as text, integral numbers without a fraction.
   *
   * @param value the value
   * @return the text
   */
  static String text(@Nullable Object value) {
    if (value instanceof Double d && d == Math.rint(d) && !d.isInfinite()) {
      return String.valueOf(d.longValue());
    }
    return value == null ? "" : String.valueOf(value);
  }
}
