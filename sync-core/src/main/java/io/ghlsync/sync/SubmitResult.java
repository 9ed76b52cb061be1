package io.ghlsync.sync;

import io.ghlsync.sync.store.WorkItem;
import java.util.Objects;
import java.util.Optional;

/**
 * What the engine did with a webhook event. Once this returns, a {@link Status#QUEUED} event is
 * persisted in the store, so the host may acknowledge the delivery.
 *
 * @param status the outcome
 * @param item the queued work item, when queued
 * @param detail why it was ignored or recognised as a duplicate, or {@code ""}
 */
public record SubmitResult(Status status, Optional<WorkItem> item, String detail) {

  /** Outcomes of a submission. */
  public enum Status {
    /** The contact was queued (or merged into its waiting item). */
    QUEUED,
    /** The webhook id was seen before; nothing was queued. */
    DUPLICATE,
    /** The event does not concern contacts, tasks or notes (e.g. an appointment). */
    IGNORED
  }

  /**
   * Validates the components.
   *
   * @param status the outcome
   * @param item the queued work item, when queued
   * @param detail why it was ignored or recognised as a duplicate, or {@code ""}
   */
  public SubmitResult {
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(item, "item");
    Objects.requireNonNull(detail, "detail");
  }
}
