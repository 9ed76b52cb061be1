package io.ghlsync.onoffice;

import io.ghlsync.core.ApiException;

/**
 * What happened to one action of a request: its value, or the error onOffice (or the transport)
 * reported for it. One failed action does not hide the others' outcomes.
 *
 * @param <T> the value type
 */
public sealed interface ActionOutcome<T> permits ActionOutcome.Succeeded, ActionOutcome.Failed {

  /**
   * The value, or the action's error thrown.
   *
   * @return the value
   * @throws ApiException the action's error if it failed
   */
  T getOrThrow();

  /**
   * Whether the action succeeded.
   *
   * @return {@code true} for {@link Succeeded}, {@code false} for {@link Failed}
   */
  boolean succeeded();

  /**
   * A successful action.
   *
   * @param value the value read from its result
   * @param <T> the value type
   */
  record Succeeded<T>(T value) implements ActionOutcome<T> {
    @Override
    public T getOrThrow() {
      return value;
    }

    @Override
    public boolean succeeded() {
      return true;
    }
  }

  /**
   * A failed action.
   *
   * @param error the error; its {@link ApiException#serviceError()} holds onOffice's error code
   * @param <T> the value type it would have had
   */
  record Failed<T>(ApiException error) implements ActionOutcome<T> {
    @Override
    public T getOrThrow() {
      throw error;
    }

    @Override
    public boolean succeeded() {
      return false;
    }
  }
}
