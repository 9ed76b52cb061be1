package io.ghlsync.sync;

/**
 * A worker of the engine died of a fatal JVM error (e.g. {@link OutOfMemoryError}); the engine
 * stopped its workers and returned their items to the queue. Build a new engine (after fixing the
 * cause, e.g. a larger heap or a durable store) to go on: the queued work is still in the store.
 */
public final class SyncEngineFailedException extends IllegalStateException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param engineName the engine's name
   * @param cause the fatal error
   */
  public SyncEngineFailedException(String engineName, Throwable cause) {
    super(
        "sync engine "
            + engineName
            + " failed: a worker died of "
            + cause.getClass().getSimpleName()
            + "; its items were returned to the queue. Fix the cause and build a new engine",
        cause);
  }
}
