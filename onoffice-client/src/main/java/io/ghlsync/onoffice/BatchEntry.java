package io.ghlsync.onoffice;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A handle on one action added to an {@link OnOfficeBatch}; after {@link OnOfficeBatch#execute()}
 * it holds that action's outcome.
 *
 * @param <T> the value type
 */
public final class BatchEntry<T> {
  private final int index;
  private final ActionCall<T> call;
  private @Nullable ActionOutcome<T> outcome;

  BatchEntry(int index, ActionCall<T> call) {
    this.index = index;
    this.call = call;
  }

  /**
   * Position of the action in the batch (0-based), which is its position in the request.
   *
   * @return the 0-based position
   */
  public int index() {
    return index;
  }

  /**
   * The call this entry stands for.
   *
   * @return the call
   */
  public ActionCall<T> call() {
    return call;
  }

  /**
   * The outcome, once the batch ran.
   *
   * @return the outcome, or empty before {@link OnOfficeBatch#execute()}
   */
  public Optional<ActionOutcome<T>> outcome() {
    return Optional.ofNullable(outcome);
  }

  /**
   * The value of this action.
   *
   * @return the value
   * @throws io.ghlsync.core.ApiException this action's error, if it failed
   * @throws IllegalStateException if the batch has not run yet
   */
  public T get() {
    ActionOutcome<T> o = outcome;
    if (o == null) {
      throw new IllegalStateException(
          "batch entry " + index + " has no outcome yet; call execute() on the batch first");
    }
    return o.getOrThrow();
  }

  void complete(ActionOutcome<T> value) {
    this.outcome = value;
  }

  @Override
  public String toString() {
    return "BatchEntry[" + index + ", " + call.action().describe() + "]";
  }
}
