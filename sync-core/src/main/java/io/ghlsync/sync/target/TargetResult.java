package io.ghlsync.sync.target;

import java.util.List;
import java.util.Objects;

/** The outcome of one {@link TargetOperation}; a failure of one step never hides the others. */
public sealed interface TargetResult {

  /**
   * A record was created.
   *
   * @param targetId its target id
   */
  record Created(String targetId) implements TargetResult {
    /**
     * Validates the id.
     *
     * @param targetId its target id
     */
    public Created {
      if (targetId.isBlank()) {
        throw new IllegalArgumentException("targetId must not be blank");
      }
    }
  }

  /**
   * A find answered; no match is an empty list.
   *
   * @param matches the matches, best first
   */
  record Found(List<TargetMatch> matches) implements TargetResult {
    /**
     * Copies the matches.
     *
     * @param matches the matches, best first
     */
    public Found {
      matches = List.copyOf(matches);
    }
  }

  /** An update or removal was applied. */
  record Done() implements TargetResult {}

  /**
   * The step failed. Use the client-core {@code ApiException} hierarchy where possible: its {@code
   * isRetryable()} tells the engine whether to retry.
   *
   * @param error what failed
   */
  record Failed(RuntimeException error) implements TargetResult {
    /**
     * Validates the error.
     *
     * @param error what failed
     */
    public Failed {
      Objects.requireNonNull(error, "error");
    }
  }
}
