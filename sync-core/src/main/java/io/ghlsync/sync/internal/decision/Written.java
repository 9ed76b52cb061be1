package io.ghlsync.sync.internal.decision;

import io.ghlsync.core.NotFoundException;
import io.ghlsync.sync.target.TargetOperation;
import io.ghlsync.sync.target.TargetResult;
import java.util.Objects;
import java.util.Optional;

/** The outcome of one step's target write (or of a step that writes nothing). */
public sealed interface Written {

  /**
   * The step.
   *
   * @return the step that ran
   */
  Step step();

  /**
   * The step took effect (or had nothing to send).
   *
   * @param step the step
   * @param createdId the new target id of a create
   */
  record Applied(Step step, Optional<String> createdId) implements Written {
    /**
     * Validates the components.
     *
     * @param step the step
     * @param createdId the new target id of a create
     */
    public Applied {
      Objects.requireNonNull(step, "step");
      Objects.requireNonNull(createdId, "createdId");
    }

    /**
     * The target id after the step: the created one, else the one known before.
     *
     * @return the target id; empty only for a step that neither knew nor created one
     */
    public Optional<String> targetId() {
      return createdId.or(step::targetId);
    }
  }

  /**
   * The step failed.
   *
   * @param step the step
   * @param error what failed
   * @param forgetLink true when the target record is gone, so the link must go and the retry finds
   *     or creates the record again
   */
  record Failed(Step step, RuntimeException error, boolean forgetLink) implements Written {
    /**
     * Validates the components.
     *
     * @param step the step
     * @param error what failed
     * @param forgetLink whether the link must go
     */
    public Failed {
      Objects.requireNonNull(step, "step");
      Objects.requireNonNull(error, "error");
    }
  }

  /**
   * A step that sends nothing.
   *
   * @param step the step
   * @return applied, without a created id
   */
  static Written unsent(Step step) {
    return new Applied(step, Optional.empty());
  }

  /**
   * Reads a target's answer to a step's write. A removal whose record is already gone counts as
   * done; a write whose linked record is gone fails and forgets the link; an answer of the wrong
   * kind breaks the connector contract.
   *
   * @param step the step whose {@link Step#operation()} was sent
   * @param result the target's answer
   * @param targetName the target's name, for the contract error
   * @return the outcome
   */
  static Written of(Step step, TargetResult result, String targetName) {
    Optional<TargetOperation> op = step.operation();
    if (result instanceof TargetResult.Created created
        && op.orElse(null) instanceof TargetOperation.Create) {
      return new Applied(step, Optional.of(created.targetId()));
    }
    if (result instanceof TargetResult.Done
        && op.isPresent()
        && !(op.get() instanceof TargetOperation.Create)) {
      return new Applied(step, Optional.empty());
    }
    if (result instanceof TargetResult.Failed failed) {
      RuntimeException error = failed.error();
      boolean gone = error instanceof NotFoundException;
      if (gone && op.orElse(null) instanceof TargetOperation.Remove) {
        return new Applied(step, Optional.empty());
      }
      return new Failed(step, error, gone && step.targetId().isPresent());
    }
    return new Failed(
        step,
        new IllegalStateException(
            "target '"
                + targetName
                + "' answered a write with "
                + result.getClass().getSimpleName()),
        false);
  }
}
