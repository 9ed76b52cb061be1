package io.ghlsync.sync.store;

/**
 * Counts of an engine's queue.
 *
 * @param ready items that may be leased now
 * @param delayed items waiting for their not-before time
 * @param leased items being processed
 * @param deadLetters dead letters (one per item and target)
 */
public record QueueStats(int ready, int delayed, int leased, int deadLetters) {
  /**
   * Whether nothing is left to process (dead letters aside).
   *
   * @return true when no item is ready, delayed or leased
   */
  public boolean isIdle() {
    return ready == 0 && delayed == 0 && leased == 0;
  }
}
