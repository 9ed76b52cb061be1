package io.ghlsync.sync.internal;

import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonEncodingException;
import com.squareup.moshi.Moshi;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * A parsed JSON value of a scoring or rules file plus where it sits ("rule 'hot-lead'.when"), so
 * that every load error names the rule. Errors are created by the caller's factory, so each file
 * kind throws its own exception type.
 */
public final class RuleJson {
  private static final Moshi MOSHI = new Moshi.Builder().build();

  private final @Nullable Object value;
  private final String context;
  private final Function<String, RuntimeException> errors;

  private RuleJson(
      @Nullable Object value, String context, Function<String, RuntimeException> errors) {
    this.value = value;
    this.context = context;
    this.errors = errors;
  }

  /**
   * Parses a JSON document whose root must be an object.
   *
   * @param json the text
   * @param context names the file in errors
   * @param errors makes the exception for a message
   * @return the root node
   */
  public static RuleJson parse(
      String json, String context, Function<String, RuntimeException> errors) {
    Object root;
    try {
      root = MOSHI.adapter(Object.class).fromJson(json);
    } catch (IOException | JsonDataException e) {
      String why = e instanceof JsonEncodingException ? e.getMessage() : String.valueOf(e);
      throw errors.apply(context + ": not valid JSON (" + why + ")");
    }
    RuleJson node = new RuleJson(root, context, errors);
    node.map();
    return node;
  }

  /**
   * The raw value.
   *
   * @return the value, null for JSON null
   */
  public @Nullable Object value() {
    return value;
  }

  /**
   * Where the node sits.
   *
   * @return e.g. {@code rule 'hot-lead'}
   */
  public String context() {
    return context;
  }

  /**
   * The same value under another name.
   *
   * @param newContext the name
   * @return the node
   */
  public RuleJson renamed(String newContext) {
    return new RuleJson(value, newContext, errors);
  }

  /**
   * An error about this node.
   *
   * @param message what is wrong and how to fix it
   * @return the exception to throw
   */
  public RuntimeException error(String message) {
    return errors.apply(context + ": " + message);
  }

  /**
   * The node as an object.
   *
   * @return its entries
   */
  @SuppressWarnings("unchecked")
  public Map<String, Object> map() {
    if (value instanceof Map<?, ?> m) {
      return (Map<String, Object>) m;
    }
    throw error("must be a JSON object");
  }

  /**
   * Refuses keys outside the allowed set.
   *
   * @param allowed the allowed keys
   */
  public void onlyKeys(Set<String> allowed) {
    for (String key : map().keySet()) {
      if (!allowed.contains(key)) {
        throw error("unknown key '" + key + "'; allowed keys are " + new TreeSet<>(allowed));
      }
    }
  }

  /**
   * Whether a key has a non-null value.
   *
   * @param key the key
   * @return true when present
   */
  public boolean has(String key) {
    return map().get(key) != null;
  }

  /**
   * A child node, which must be present.
   *
   * @param key the key
   * @return the child
   */
  public RuleJson get(String key) {
    Object v = map().get(key);
    if (v == null) {
      throw error("'" + key + "' is required");
    }
    return new RuleJson(v, context + "." + key, errors);
  }

  /**
   * A child node, if present.
   *
   * @param key the key
   * @return the child
   */
  public Optional<RuleJson> opt(String key) {
    return has(key) ? Optional.of(get(key)) : Optional.empty();
  }

  /**
   * The node as a non-blank string.
   *
   * @return the text
   */
  public String text() {
    if (value instanceof String s && !s.isBlank()) {
      return s;
    }
    throw error("must be a non-blank string");
  }

  /**
   * The node as a string, blank allowed.
   *
   * @return the text
   */
  public String anyText() {
    if (value instanceof String s) {
      return s;
    }
    throw error("must be a string");
  }

  /**
   * The node as a number.
   *
   * @return the number
   */
  public double number() {
    if (value instanceof Number n) {
      return n.doubleValue();
    }
    throw error("must be a number");
  }

  /**
   * The node as a whole number within bounds.
   *
   * @param min the smallest allowed
   * @param max the largest allowed
   * @return the number
   */
  public int integer(int min, int max) {
    double d = number();
    if (d != Math.rint(d) || d < min || d > max) {
      throw error("must be a whole number from " + min + " to " + max + ", was " + d);
    }
    return (int) d;
  }

  /**
   * The node as a boolean.
   *
   * @return the value
   */
  public boolean bool() {
    if (value instanceof Boolean b) {
      return b;
    }
    throw error("must be true or false");
  }

  /**
   * The node as a list of nodes.
   *
   * @return the elements, named by index
   */
  public List<RuleJson> list() {
    if (!(value instanceof List<?> l)) {
      throw error("must be a JSON array");
    }
    List<RuleJson> out = new ArrayList<>();
    for (int i = 0; i < l.size(); i++) {
      out.add(new RuleJson(l.get(i), context + "[" + i + "]", errors));
    }
    return out;
  }
}
