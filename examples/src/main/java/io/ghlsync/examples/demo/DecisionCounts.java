package io.ghlsync.examples.demo;

/**
 * How many records of one kind got each outcome in one target.
 *
 * @param created new target records
 * @param updated target records changed (updates, archives and deletes)
 * @param linked existing target records found by the duplicate search and linked
 * @param skipped records left alone because nothing changed (or a delete is ignored)
 * @param failed records or contacts that failed for good (dead-lettered)
 */
record DecisionCounts(long created, long updated, long linked, long skipped, long failed) {
  /** No decisions. */
  static final DecisionCounts NONE = new DecisionCounts(0, 0, 0, 0, 0);

  /**
   * Adds counts.
   *
   * @param other the counts to add
   * @return the sum
   */
  DecisionCounts plus(DecisionCounts other) {
    return new DecisionCounts(
        created + other.created,
        updated + other.updated,
        linked + other.linked,
        skipped + other.skipped,
        failed + other.failed);
  }
}
