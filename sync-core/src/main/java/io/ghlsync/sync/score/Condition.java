package io.ghlsync.sync.score;

import io.ghlsync.sync.internal.RuleJson;
import io.ghlsync.sync.mapping.SourceRecord;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A test of one source field, written in JSON as the field plus one operator: {@code {"field":
 * "$enriched.emailDomainClass", "equals": "business"}}. Text compares without regard to case;
 * numbers compare by value.
 *
 * @param field the source path
 * @param operator the test
 * @param operands the operator's values (one for most, any number for {@code in} and {@code
 *     containsAny}, none for {@code exists} and {@code missing})
 */
public record Condition(String field, Operator operator, List<Object> operands) {

  /** The tests a condition can make. */
  public enum Operator {
    /** The value equals the operand. */
    EQUALS("equals"),
    /** The value is absent or differs from the operand. */
    NOT_EQUALS("notEquals"),
    /** The value equals one of the operands. */
    IN("in"),
    /** A list value holds the operand, or a text value contains it. */
    CONTAINS("contains"),
    /** A list value holds any of the operands; counts how many. */
    CONTAINS_ANY("containsAny"),
    /** The value is present. */
    EXISTS("exists"),
    /** The value is absent. */
    MISSING("missing"),
    /** A number at least the operand. */
    AT_LEAST("atLeast"),
    /** A number at most the operand. */
    AT_MOST("atMost"),
    /** A number above the operand. */
    GREATER_THAN("greaterThan"),
    /** A number below the operand. */
    LESS_THAN("lessThan"),
    /** Text in which the regular expression finds a match. */
    MATCHES("matches");

    private final String json;

    Operator(String json) {
      this.json = json;
    }

    /**
     * The JSON key.
     *
     * @return e.g. {@code atLeast}
     */
    public String json() {
      return json;
    }
  }

  /**
   * Validates and copies the components.
   *
   * @param field the source path
   * @param operator the test
   * @param operands the operator's values
   */
  public Condition {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(operator, "operator");
    operands = List.copyOf(operands);
    boolean numeric =
        switch (operator) {
          case AT_LEAST, AT_MOST, GREATER_THAN, LESS_THAN -> true;
          default -> false;
        };
    if (numeric && (operands.size() != 1 || !(operands.get(0) instanceof Number))) {
      throw new IllegalArgumentException(operator.json() + " needs one number");
    }
    if (operator == Operator.MATCHES) {
      try {
        Pattern.compile(String.valueOf(operands.get(0)));
      } catch (PatternSyntaxException | IndexOutOfBoundsException e) {
        throw new IllegalArgumentException("matches needs a valid regular expression", e);
      }
    }
  }

  /**
   * Reads a condition from the keys of a JSON object ({@code field} plus exactly one operator);
   * other keys of the object are the caller's.
   *
   * @param node the object
   * @param catalog the readable fields
   * @return the condition
   */
  public static Condition fromJson(RuleJson node, FieldCatalog catalog) {
    String field = node.get("field").text();
    catalog
        .problem(field)
        .ifPresent(
            p -> {
              throw node.error(p);
            });
    Optional<Operator> found = Optional.empty();
    for (Operator op : Operator.values()) {
      if (node.has(op.json())) {
        if (found.isPresent()) {
          throw node.error(
              "has two operators, '" + found.get().json() + "' and '" + op.json() + "'; use one");
        }
        found = Optional.of(op);
      }
    }
    Operator op =
        found.orElseThrow(
            () ->
                node.error(
                    "needs one operator: equals, notEquals, in, contains, containsAny,"
                        + " exists, missing, atLeast, atMost, greaterThan, lessThan or matches"));
    RuleJson operand = node.get(op.json());
    List<Object> values = new ArrayList<>();
    switch (op) {
      case IN, CONTAINS_ANY -> operand.list().forEach(e -> values.add(scalar(e)));
      case EXISTS, MISSING -> {
        if (!operand.bool()) {
          throw operand.error(
              "must be true; use '"
                  + (op == Operator.EXISTS ? "missing" : "exists")
                  + "' for the opposite");
        }
      }
      default -> values.add(scalar(operand));
    }
    try {
      return new Condition(field, op, values);
    } catch (IllegalArgumentException e) {
      throw operand.error(e.getMessage() == null ? "invalid" : e.getMessage());
    }
  }

  private static Object scalar(RuleJson node) {
    Object v = node.value();
    if (v instanceof String || v instanceof Number || v instanceof Boolean) {
      return v;
    }
    throw node.error("must be a string, number or boolean");
  }

  /**
   * Whether the condition holds.
   *
   * @param record the enriched contact
   * @return true when it holds
   */
  public boolean test(SourceRecord record) {
    return matches(record) > 0;
  }

  /**
   * How many times the condition holds: the number of matched elements for {@code containsAny},
   * otherwise 1 or 0.
   *
   * @param record the enriched contact
   * @return the count
   */
  public int matches(SourceRecord record) {
    Optional<Object> value = record.get(field);
    boolean hit =
        switch (operator) {
          case EXISTS -> value.isPresent();
          case MISSING -> value.isEmpty();
          case NOT_EQUALS -> value.isEmpty() || !same(value.get(), operands.get(0));
          default -> value.isPresent() && holds(value.get());
        };
    if (operator == Operator.CONTAINS_ANY && value.isPresent()) {
      return countAny(value.get());
    }
    return hit ? 1 : 0;
  }

  private boolean holds(Object value) {
    return switch (operator) {
      case EQUALS -> same(value, operands.get(0));
      case IN -> operands.stream().anyMatch(o -> same(value, o));
      case CONTAINS -> contains(value, operands.get(0));
      case CONTAINS_ANY -> countAny(value) > 0;
      case AT_LEAST -> compare(value) >= 0;
      case AT_MOST -> number(value).isPresent() && compare(value) <= 0;
      case GREATER_THAN -> compare(value) > 0;
      case LESS_THAN -> number(value).isPresent() && compare(value) < 0;
      case MATCHES ->
          value instanceof String s && Pattern.compile((String) operands.get(0)).matcher(s).find();
      default -> false;
    };
  }

  private int countAny(Object value) {
    int n = 0;
    for (Object o : operands) {
      if (contains(value, o)) {
        n++;
      }
    }
    return n;
  }

  /** Compares a number with the operand; a non-number compares below everything. */
  private int compare(Object value) {
    Optional<BigDecimal> n = number(value);
    return n.isEmpty() ? -1 : n.get().compareTo(new BigDecimal(operands.get(0).toString()));
  }

  private static Optional<BigDecimal> number(Object value) {
    if (value instanceof Number n) {
      return Optional.of(new BigDecimal(n.toString()));
    }
    if (value instanceof String s) {
      try {
        return Optional.of(new BigDecimal(s.strip()));
      } catch (NumberFormatException notANumber) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  private static boolean contains(Object value, Object operand) {
    if (value instanceof List<?> list) {
      return list.stream().anyMatch(e -> same(e, operand));
    }
    return value instanceof String s
        && s.toLowerCase(Locale.ROOT).contains(String.valueOf(operand).toLowerCase(Locale.ROOT));
  }

  private static boolean same(Object a, Object b) {
    Optional<BigDecimal> na = a instanceof Number ? number(a) : Optional.empty();
    Optional<BigDecimal> nb = b instanceof Number ? number(b) : Optional.empty();
    if (na.isPresent() && nb.isPresent()) {
      return na.get().compareTo(nb.get()) == 0;
    }
    if (a instanceof List<?> || a instanceof java.util.Map<?, ?>) {
      return false;
    }
    return String.valueOf(a).strip().equalsIgnoreCase(String.valueOf(b).strip());
  }
}
