/**
 * Verified, typed and deduplicated GHL webhook events, independent of any web framework.
 *
 * <p>The host application receives the HTTP request on its own endpoint and hands the headers and
 * the <em>raw body bytes, exactly as received</em> to {@link
 * io.ghlsync.ghl.webhook.WebhookHandler#handle(WebhookHeaders, byte[])}. The handler checks, in
 * this order: the body size limit, the signature ({@code X-GHL-Signature} Ed25519, else the legacy
 * {@code X-WH-Signature} RSA-SHA256; fail closed), the JSON and its {@code type}, the {@code
 * timestamp} replay window, and the {@code webhookId} against a {@link
 * io.ghlsync.ghl.webhook.SeenWebhookStore}. It returns a {@link
 * io.ghlsync.ghl.webhook.WebhookResult} and never throws for bad input; {@link
 * io.ghlsync.ghl.webhook.WebhookResult#httpStatus()} is the status to answer with.
 *
 * <pre>{@code
 * WebhookHandler handler = WebhookHandler.builder().build(); // documented GHL keys
 * handler.on(ContactEvent.class, e -> queue.add(e.contact().id()));
 * WebhookResult result = handler.handle(WebhookHeaders.of(requestHeaders), rawBody);
 * respond(result.httpStatus());
 * }</pre>
 *
 * <p>Listener semantics: listeners run synchronously inside {@code handle}, after an event is
 * accepted and recorded as seen, in registration order. Every matching listener runs even if an
 * earlier one throws. If any listener throws, the result is {@link
 * io.ghlsync.ghl.webhook.WebhookResult.ListenerFailed} (HTTP 429, the only status after which GHL
 * redelivers) and the {@code webhookId} is released from the seen store, so the redelivery is
 * processed again rather than reported as a duplicate. Delivery to listeners is therefore
 * at-least-once: keep listeners idempotent and fast (hand the event to a queue).
 */
@NullMarked
package io.ghlsync.ghl.webhook;

import org.jspecify.annotations.NullMarked;
