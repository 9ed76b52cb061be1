package io.ghlsync.sync.internal;

import java.time.Duration;

/**
 * How the engine reads GHL, set on the engine builder.
 *
 * @param useSearchResults whether a contact from a search page stands in for a GET of it
 * @param keptSearchResults how many contacts read by scans are held for their work items at most
 * @param keptFor how long such a read stays usable
 */
public record ReadOptions(boolean useSearchResults, int keptSearchResults, Duration keptFor) {

  /** The defaults: search results used, up to 10,000 contacts held for up to 1 hour. */
  public static final ReadOptions DEFAULTS = new ReadOptions(true, 10_000, Duration.ofHours(1));
}
