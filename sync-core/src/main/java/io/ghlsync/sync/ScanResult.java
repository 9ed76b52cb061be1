package io.ghlsync.sync;

import java.util.Objects;

/**
 * The outcome of a poll or a backfill run.
 *
 * @param queued contacts queued by this run
 * @param complete true when the scan reached the end (a backfill that stopped early resumes from
 *     its stored cursor next time)
 * @param cursor the stored position after this run ({@code ""} once a backfill completed)
 */
public record ScanResult(int queued, boolean complete, String cursor) {
  /**
   * Validates the components.
   *
   * @param queued contacts queued by this run
   * @param complete true when the scan reached the end (a backfill that stopped early resumes from
   *     its stored cursor next time)
   * @param cursor the stored position after this run ({@code ""} once a backfill completed)
   */
  public ScanResult {
    if (queued < 0) {
      throw new IllegalArgumentException("queued must not be negative");
    }
    Objects.requireNonNull(cursor, "cursor");
  }
}
