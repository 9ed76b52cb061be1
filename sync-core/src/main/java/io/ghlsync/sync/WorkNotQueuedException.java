package io.ghlsync.sync;

/**
 * A webhook event the engine could not queue (the store failed, or the queue is full). Thrown by
 * the listener of {@link SyncEngine#webhookHandler}, so the handler answers 429 and GHL delivers
 * the event again.
 */
public final class WorkNotQueuedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** What the engine answered. */
  private final transient SubmitResult result;

  /**
   * Creates the exception.
   *
   * @param result the engine's answer ({@link SubmitResult.Status#RETRY_LATER})
   */
  public WorkNotQueuedException(SubmitResult result) {
    super("webhook event not queued, GHL is asked to deliver it again: " + result.detail());
    this.result = result;
  }

  /**
   * The engine's answer.
   *
   * @return the result
   */
  public SubmitResult result() {
    return result;
  }
}
