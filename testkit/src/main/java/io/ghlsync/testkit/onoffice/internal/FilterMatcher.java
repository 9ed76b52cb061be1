package io.ghlsync.testkit.onoffice.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Evaluates an onOffice {@code filter} ({@code {"field":[{"op":..,"val":..}]}}; all conditions
 * ANDed) against the values a record shows for each field. Positive operators match when any value
 * matches; negated ones when none does. Strings compare case-insensitively, numbers numerically,
 * dates as their {@code yyyy-MM-dd HH:mm:ss} text.
 */
public final class FilterMatcher {
  private static final Set<String> OPERATORS =
      Set.of(
          "=",
          "is",
          ">",
          "<",
          ">=",
          "<=",
          "!=",
          "<>",
          "between",
          "like",
          "not like",
          "in",
          "not in");

  private final List<Condition> conditions;

  private FilterMatcher(List<Condition> conditions) {
    this.conditions = conditions;
  }

  /**
   * Parses a filter parameter.
   *
   * @param raw the {@code filter} value, or null for none
   * @param forbidden fields that cannot be filtered on (error 257)
   * @return the matcher
   * @throws ActionError 257 for a malformed filter or forbidden field, 142 for an unknown operator
   */
  public static FilterMatcher parse(@Nullable Object raw, Set<String> forbidden) {
    List<Condition> out = new ArrayList<>();
    if (raw == null || (raw instanceof List<?> l && l.isEmpty())) {
      return new FilterMatcher(out);
    }
    if (!(raw instanceof Map<?, ?> map)) {
      throw new ActionError(257, "Error validating the filter");
    }
    for (Map.Entry<?, ?> e : map.entrySet()) {
      String field = String.valueOf(e.getKey());
      if (forbidden.contains(field)) {
        throw new ActionError(257, "Error validating the filter: cannot filter on " + field);
      }
      if (!(e.getValue() instanceof List<?> list)) {
        throw new ActionError(257, "Error validating the filter");
      }
      for (Object item : list) {
        if (!(item instanceof Map<?, ?> c) || !(c.get("op") instanceof String op)) {
          throw new ActionError(257, "Error validating the filter");
        }
        String normalized = op.trim().toLowerCase(Locale.ROOT);
        if (!OPERATORS.contains(normalized)) {
          throw new ActionError(142, "Unknown operator: " + op);
        }
        out.add(new Condition(field, normalized, c.get("val")));
      }
    }
    return new FilterMatcher(out);
  }

  /**
   * Whether a record matches every condition.
   *
   * @param valuesOf the values the record shows for a field
   * @return whether it matches
   */
  public boolean matches(Function<String, List<Object>> valuesOf) {
    for (Condition c : conditions) {
      if (!c.matches(valuesOf.apply(c.field()))) {
        return false;
      }
    }
    return true;
  }

  /**
   * The first equality condition ({@code =} or {@code is} with a single value), which an index can
   * answer: every record the filter matches shows a value with the same {@link #indexKey} for that
   * field.
   *
   * @return the field and the compared value, if the filter has such a condition
   */
  public Optional<Map.Entry<String, Object>> equality() {
    for (Condition c : conditions) {
      Object val = c.val();
      if ((c.op().equals("=") || c.op().equals("is"))
          && val != null
          && !(val instanceof List<?>)
          && !(val instanceof Map<?, ?>)) {
        return Optional.of(Map.entry(c.field(), val));
      }
    }
    return Optional.empty();
  }

  /**
   * A key under which two values that {@link #compare} finds equal always meet: numbers by their
   * double value, text by its case-folded characters (the folding {@code compareToIgnoreCase}
   * uses). Values with equal keys may still differ (very large longs), so an index built on it
   * narrows the candidates and the filter decides.
   *
   * @param value a value
   * @return its key
   */
  public static String indexKey(Object value) {
    Double n = number(value);
    if (n != null) {
      return "n:" + n;
    }
    String text = Values.render(value);
    StringBuilder out = new StringBuilder(text.length() + 2).append("s:");
    for (int i = 0; i < text.length(); i++) {
      out.append(Character.toLowerCase(Character.toUpperCase(text.charAt(i))));
    }
    return out.toString();
  }

  private record Condition(String field, String op, @Nullable Object val) {
    boolean matches(List<Object> values) {
      return switch (op) {
        case "!=", "<>" -> values.stream().noneMatch(v -> compare(v, val) == 0);
        case "not like" -> values.stream().noneMatch(v -> like(v, val));
        case "not in" -> values.stream().noneMatch(v -> in(v, val));
        default -> values.stream().anyMatch(this::positive);
      };
    }

    private boolean positive(Object v) {
      return switch (op) {
        case "=", "is" -> compare(v, val) == 0;
        case ">" -> compare(v, val) > 0;
        case "<" -> compare(v, val) < 0;
        case ">=" -> compare(v, val) >= 0;
        case "<=" -> compare(v, val) <= 0;
        case "like" -> like(v, val);
        case "in" -> in(v, val);
        case "between" ->
            val instanceof List<?> b
                && b.size() == 2
                && compare(v, b.get(0)) >= 0
                && compare(v, b.get(1)) <= 0;
        default -> false;
      };
    }
  }

  private static boolean in(Object value, @Nullable Object list) {
    return list instanceof List<?> l && l.stream().anyMatch(item -> compare(value, item) == 0);
  }

  private static boolean like(Object value, @Nullable Object pattern) {
    if (pattern == null) {
      return false;
    }
    StringBuilder regex = new StringBuilder();
    for (char ch : Values.render(pattern).toCharArray()) {
      if (ch == '%') {
        regex.append(".*");
      } else if (ch == '_') {
        regex.append('.');
      } else {
        regex.append(Pattern.quote(String.valueOf(ch)));
      }
    }
    return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.DOTALL)
        .matcher(Values.render(value))
        .matches();
  }

  /**
   * Compares two values: numerically when both are numbers, else as case-insensitive text.
   *
   * @param a one value
   * @param b the other, or null (sorts first)
   * @return the comparison
   */
  public static int compare(@Nullable Object a, @Nullable Object b) {
    if (a == null || b == null) {
      return a == null ? (b == null ? 0 : -1) : 1;
    }
    OptionalLong la = Values.longOf(a);
    OptionalLong lb = Values.longOf(b);
    if (la.isPresent() && lb.isPresent()) {
      return Long.compare(la.getAsLong(), lb.getAsLong());
    }
    Double da = number(a);
    Double db = number(b);
    if (da != null && db != null) {
      return Double.compare(da, db);
    }
    return Values.render(a).compareToIgnoreCase(Values.render(b));
  }

  private static @Nullable Double number(Object value) {
    if (value instanceof Number n) {
      return n.doubleValue();
    }
    try {
      return Double.parseDouble(Values.render(value).trim());
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
