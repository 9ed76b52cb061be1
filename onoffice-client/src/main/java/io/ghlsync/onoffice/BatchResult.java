package io.ghlsync.onoffice;

import io.ghlsync.core.ApiException;
import java.util.ArrayList;
import java.util.List;

/**
 * The outcomes of a batch, one per action, by position.
 *
 * @param outcomes the outcomes in the order the actions were added
 */
public record BatchResult(List<ActionOutcome<?>> outcomes) {

  /**
   * Copies the outcomes.
   *
   * @param outcomes the outcomes in the order the actions were added
   */
  public BatchResult {
    outcomes = List.copyOf(outcomes);
  }

  /**
   * Whether every action succeeded.
   *
   * @return {@code true} if no outcome is a failure
   */
  public boolean allSucceeded() {
    return outcomes.stream().allMatch(ActionOutcome::succeeded);
  }

  /**
   * The errors of the failed actions, in order.
   *
   * @return the errors; empty if every action succeeded
   */
  public List<ApiException> errors() {
    List<ApiException> out = new ArrayList<>();
    for (ActionOutcome<?> o : outcomes) {
      if (o instanceof ActionOutcome.Failed<?> f) {
        out.add(f.error());
      }
    }
    return out;
  }

  /**
   * Throws the first action's error if any action failed; returns this otherwise.
   *
   * @return this result
   * @throws ApiException the error of the first failed action
   */
  public BatchResult throwIfAnyFailed() {
    for (ActionOutcome<?> o : outcomes) {
      if (o instanceof ActionOutcome.Failed<?> f) {
        throw f.error();
      }
    }
    return this;
  }
}
