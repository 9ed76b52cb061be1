/**
 * The webhook receiver example: a JDK {@code HttpServer} that verifies, deduplicates and prints GHL
 * webhook events. Run {@link io.ghlsync.examples.webhook.WebhookReceiverExample}.
 */
@NullMarked
package io.ghlsync.examples.webhook;

import org.jspecify.annotations.NullMarked;
