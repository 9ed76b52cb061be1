package io.ghlsync.ghl.webhook;

/**
 * Hook for metrics of a {@link WebhookHandler}, set with {@link
 * WebhookHandlerBuilder#observer(WebhookObserver)}: hears every verdict (accepted, duplicate,
 * rejected with its {@link RejectionReason}, listener failed) once, after it was reached. It
 * depends on nothing; {@code ghlsync-micrometer} binds it to Micrometer. It runs on the thread that
 * called {@code handle}, so it must be quick; an exception it throws is logged and ignored. Use
 * only the verdict's kind, reason and event type: an event's payload may hold personal data.
 */
@FunctionalInterface
public interface WebhookObserver {
  /** Observes nothing; the default. */
  WebhookObserver NONE = result -> {};

  /**
   * A request was handled.
   *
   * @param result the verdict returned to the caller
   */
  void handled(WebhookResult result);
}
