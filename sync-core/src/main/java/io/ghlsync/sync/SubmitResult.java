package io.ghlsync.sync;

import io.ghlsync.sync.store.WorkItem;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * What the engine did with a webhook event. Once this returns, a {@link Status#QUEUED} event is
 * persisted in the store, so the host may acknowledge the delivery; answer GHL with {@link
 * #httpStatus()} (and, with a 429, a {@code Retry-After} header of {@link #retryAfterSeconds()}):
 * GHL delivers a webhook again only after a 429.
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
    IGNORED,
    /**
     * The work could not be queued (the store failed, or the queue holds {@code maxQueued} items):
     * answer 429 so that GHL delivers the event again; its webhook id was not kept.
     */
    RETRY_LATER
  }

  /** The {@code Retry-After} sent with a 429: one minute (GHL spaces its retries itself). */
  public static final long RETRY_AFTER_SECONDS = 60;

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

  /**
   * The HTTP status to answer the webhook delivery with.
   *
   * @return 429 for {@link Status#RETRY_LATER}, 200 otherwise
   */
  public int httpStatus() {
    return status == Status.RETRY_LATER ? 429 : 200;
  }

  /**
   * The {@code Retry-After} header to send with the answer.
   *
   * @return {@value #RETRY_AFTER_SECONDS} seconds for {@link Status#RETRY_LATER}, empty otherwise
   */
  public OptionalLong retryAfterSeconds() {
    return status == Status.RETRY_LATER
        ? OptionalLong.of(RETRY_AFTER_SECONDS)
        : OptionalLong.empty();
  }
}
