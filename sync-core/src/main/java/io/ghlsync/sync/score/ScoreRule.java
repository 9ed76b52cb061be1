package io.ghlsync.sync.score;

import java.util.Objects;
import java.util.Optional;

/**
 * One weighted rule of a {@link DeclarativeScorer}.
 *
 * @param id unique within the file; named in reasons and errors
 * @param when the condition
 * @param points added when the condition holds (negative for a penalty), from -100 to 100
 * @param perMatch true to add the points once per matched element ({@code containsAny})
 * @param cap the most this rule adds in total (its absolute value for a penalty); empty for no cap
 * @param group the group whose cap also applies, if any
 * @param reason the text shown in reasons; the id when not given
 */
public record ScoreRule(
    String id,
    Condition when,
    int points,
    boolean perMatch,
    Optional<Integer> cap,
    Optional<String> group,
    String reason) {

  /**
   * Validates the components.
   *
   * @param id unique within the file
   * @param when the condition
   * @param points from -100 to 100
   * @param perMatch true to add the points per matched element
   * @param cap the most this rule adds in total
   * @param group the group, if any
   * @param reason the text shown in reasons
   */
  public ScoreRule {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(when, "when");
    Objects.requireNonNull(reason, "reason");
    if (points < -100 || points > 100 || points == 0) {
      throw new IllegalArgumentException("points must be from -100 to 100 and not 0");
    }
    if (cap.isPresent() && (cap.get() <= 0 || cap.get() > 100)) {
      throw new IllegalArgumentException("cap must be from 1 to 100");
    }
  }

  /**
   * What the rule adds to a contact before group caps.
   *
   * @param matches how many times the condition holds
   * @return the points, capped
   */
  int contribution(int matches) {
    if (matches <= 0) {
      return 0;
    }
    long raw = (long) points * (perMatch ? matches : 1);
    long limit = cap.orElse(Integer.MAX_VALUE);
    return (int) Math.max(-limit, Math.min(limit, raw));
  }
}
