package io.ghlsync.sync.target;

import java.time.Instant;
import java.util.List;

/** Optional part of a target: which records changed there since an instant. */
@FunctionalInterface
public interface TargetChangeFeed {

  /**
   * Lists changes.
   *
   * @param since the earliest change time of interest
   * @return the changes, oldest first
   */
  List<TargetChange> changesSince(Instant since);
}
