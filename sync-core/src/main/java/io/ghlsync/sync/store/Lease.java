package io.ghlsync.sync.store;

import java.time.Instant;
import java.util.Objects;

/**
 * A work item leased by one worker until a deadline. While the lease holds, no other worker gets an
 * item of the same contact; after the deadline the item is free again (the worker is presumed
 * dead). Every operation on a lease checks the token, so a worker that lost its lease cannot
 * complete or fail the item any more.
 *
 * @param item the leased item
 * @param owner the worker that holds it
 * @param token identifies this lease
 * @param until the lease deadline
 */
public record Lease(WorkItem item, String owner, String token, Instant until) {
  /**
   * Validates the components.
   *
   * @param item the leased item
   * @param owner the worker that holds it
   * @param token identifies this lease
   * @param until the lease deadline
   */
  public Lease {
    Objects.requireNonNull(item, "item");
    LinkKey.requireText(owner, "owner");
    LinkKey.requireText(token, "token");
    Objects.requireNonNull(until, "until");
  }
}
