package io.ghlsync.sync.store;

/**
 * The part of a {@link SyncStore} that belongs to one engine, whatever its targets: its work queue,
 * the webhook ids it accepted and its GHL-side cursors. Obtained with {@link
 * SyncStore#forEngine(String)}.
 */
public interface EngineStore {
  /**
   * The engine's name.
   *
   * @return the name this view is scoped to
   */
  String engineName();

  /**
   * The engine's work queue.
   *
   * @return the queue
   */
  WorkQueue queue();

  /**
   * Webhook ids the engine accepted; the same object can be handed to {@code
   * WebhookHandler.Builder#seenStore}, so a delivery is checked once.
   *
   * @return the seen ids
   */
  SeenWebhookIds seenWebhooks();

  /**
   * Cursors of the GHL side (e.g. {@code poll:<locationId>}, {@code backfill:<locationId>}).
   *
   * @return the cursors
   */
  CursorStore cursors();
}
