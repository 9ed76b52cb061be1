package io.ghlsync.sync.target;

import java.util.List;
import java.util.Optional;

/**
 * The SPI a target CRM implements. The engine hands over steps in batches (all duplicate searches
 * of a batch, then all contact writes, then all task and note writes), so a target with a batch
 * call can send each batch in a few requests; others run the steps one by one (extend {@link
 * SimpleTargetConnector} for that).
 *
 * <p>Contract: return exactly one {@link TargetResult} per operation, in the same order; report a
 * failed step as {@link TargetResult.Failed} instead of throwing, so the other steps still count.
 * Implementations must be thread safe (several workers call at once).
 *
 * <p>The engine never sends an operation that the connector's {@link TargetCapabilities} exclude:
 * no {@link TargetOperation.Update} for a kind that is not updatable, no {@link
 * TargetOperation.Remove} with a mode the target does not support for the kind (the engine refuses
 * such a delete policy when it is built), and no {@link TargetOperation.FindChild} unless the
 * target finds tasks and notes. A connector may therefore throw {@link
 * UnsupportedOperationException} for such an operation.
 */
public interface TargetConnector {

  /**
   * A short stable name, used in link keys and the audit trail, e.g. {@code onoffice}. Do not
   * change it once links exist.
   *
   * @return the name
   */
  String name();

  /**
   * What this target can do.
   *
   * @return the capabilities
   */
  TargetCapabilities capabilities();

  /**
   * Runs a batch of steps. The batch holds only operations that {@link #capabilities()} allow.
   *
   * @param operations the steps; they do not depend on one another
   * @return one result per step, in order
   */
  List<TargetResult> execute(List<TargetOperation> operations);

  /**
   * Records changed in the target since an instant, for hosts that push changes back to GHL (the
   * read side of two-way sync; see {@link TargetChangeFeed} for the contract).
   *
   * @return the change feed, empty when the target cannot tell
   */
  default Optional<TargetChangeFeed> changeFeed() {
    return Optional.empty();
  }
}
