package io.ghlsync.sync.score;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A contact's lead score.
 *
 * @param value from 0 to 100
 * @param reasons the rules that fired, in rule order
 * @param version the scorer version that computed it
 */
public record Score(int value, List<Reason> reasons, String version) {
  /** The top-level source field under which the engine puts the score. */
  public static final String PREFIX = "$score";

  /**
   * Validates and copies the components.
   *
   * @param value from 0 to 100
   * @param reasons the rules that fired
   * @param version the scorer version
   */
  public Score {
    if (value < 0 || value > 100) {
      throw new IllegalArgumentException("score must be from 0 to 100, was " + value);
    }
    reasons = List.copyOf(reasons);
    Objects.requireNonNull(version, "version");
  }

  /**
   * One rule that fired.
   *
   * @param ruleId the rule
   * @param text what the rule says, e.g. {@code business e-mail}
   * @param points what it added after its cap (negative for a penalty)
   */
  public record Reason(String ruleId, String text, int points) {
    /**
     * The reason as a line, e.g. {@code business e-mail +25}.
     *
     * @return the line
     */
    public String line() {
      return text + " " + (points >= 0 ? "+" : "") + points;
    }
  }

  /**
   * The reasons as lines.
   *
   * @return e.g. {@code ["business e-mail +25", "hot tags +15"]}
   */
  public List<String> reasonLines() {
    List<String> out = new ArrayList<>();
    reasons.forEach(r -> out.add(r.line()));
    return out;
  }

  /**
   * The fields the engine puts under {@link #PREFIX}: {@code value} (number), {@code reasons} (list
   * of lines), {@code reasonText} (lines joined by {@code "; "}) and {@code version}.
   *
   * @return the fields
   */
  public Map<String, Object> fields() {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("value", (long) value);
    out.put("reasons", reasonLines());
    out.put("reasonText", String.join("; ", reasonLines()));
    out.put("version", version);
    return out;
  }
}
