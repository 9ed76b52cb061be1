package io.ghlsync.ghl.webhook;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Configures a {@link WebhookHandler}; obtain one from {@link WebhookHandler#builder()}. */
public final class WebhookHandlerBuilder {
  private static final Logger LOG = LoggerFactory.getLogger("io.ghlsync.webhook");

  /** Default body limit: 1 MiB (GHL payloads are a few KiB). */
  public static final int DEFAULT_MAX_BODY_BYTES = 1024 * 1024;

  /** Default replay window: 5 minutes, as GHL's docs suggest. */
  public static final Duration DEFAULT_REPLAY_WINDOW = Duration.ofMinutes(5);

  /** Default tolerance for a sender clock ahead of or behind ours: 1 minute. */
  public static final Duration DEFAULT_CLOCK_SKEW = Duration.ofMinutes(1);

  WebhookKeys keys = WebhookKeys.documented();
  boolean allowUnsignedEvents;
  int maxBodyBytes = DEFAULT_MAX_BODY_BYTES;
  Duration replayWindow = DEFAULT_REPLAY_WINDOW;
  Duration clockSkew = DEFAULT_CLOCK_SKEW;
  boolean requireTimestamp = true;
  boolean requireWebhookId = true;
  Clock clock = Clock.systemUTC();
  private @Nullable SeenWebhookStore seenStore;
  WebhookObserver observer = WebhookObserver.NONE;

  WebhookHandlerBuilder() {}

  /**
   * The public keys signatures are checked against. Default: {@link WebhookKeys#documented()}.
   *
   * @param keys the keys; pass several per algorithm during a key rotation
   * @return this builder
   */
  public WebhookHandlerBuilder keys(WebhookKeys keys) {
    this.keys = Objects.requireNonNull(keys, "keys");
    return this;
  }

  /**
   * Accepts requests that carry no signature header at all. <b>For local testing only</b>: anyone
   * who can reach the endpoint can then inject events. Requests that do carry a signature are still
   * verified. Logged at WARN when the handler is built. Default: false (fail closed).
   *
   * @param allow true to accept unsigned requests
   * @return this builder
   */
  public WebhookHandlerBuilder allowUnsignedEvents(boolean allow) {
    this.allowUnsignedEvents = allow;
    return this;
  }

  /**
   * The largest body accepted; larger bodies are {@link RejectionReason#BODY_TOO_LARGE}.
   *
   * @param bytes the limit, from 1 to {@code Integer.MAX_VALUE - 1}
   * @return this builder
   * @throws IllegalArgumentException if out of range
   */
  public WebhookHandlerBuilder maxBodyBytes(int bytes) {
    if (bytes < 1 || bytes == Integer.MAX_VALUE) {
      throw new IllegalArgumentException(
          "maxBodyBytes must be between 1 and " + (Integer.MAX_VALUE - 1) + ", got " + bytes);
    }
    this.maxBodyBytes = bytes;
    return this;
  }

  /**
   * How old an event's {@code timestamp} may be. Default 5 minutes.
   *
   * @param maxAge a positive duration
   * @return this builder
   * @throws IllegalArgumentException if not positive
   */
  public WebhookHandlerBuilder replayWindow(Duration maxAge) {
    if (maxAge.isNegative() || maxAge.isZero()) {
      throw new IllegalArgumentException("replayWindow must be positive, got " + maxAge);
    }
    this.replayWindow = maxAge;
    return this;
  }

  /**
   * How far the sender's clock may differ from ours, in either direction. Default 1 minute.
   *
   * @param skew zero or positive
   * @return this builder
   * @throws IllegalArgumentException if negative
   */
  public WebhookHandlerBuilder clockSkew(Duration skew) {
    if (skew.isNegative()) {
      throw new IllegalArgumentException("clockSkew must not be negative, got " + skew);
    }
    this.clockSkew = skew;
    return this;
  }

  /**
   * Whether a payload without {@code timestamp} is refused ({@link
   * RejectionReason#MISSING_TIMESTAMP}). GHL's docs say signed payloads carry one. Default true; a
   * present timestamp is always checked.
   *
   * @param require false to let payloads without a timestamp through
   * @return this builder
   */
  public WebhookHandlerBuilder requireTimestamp(boolean require) {
    this.requireTimestamp = require;
    return this;
  }

  /**
   * Whether a payload without {@code webhookId} is refused ({@link
   * RejectionReason#MISSING_WEBHOOK_ID}). Default true; when false such payloads skip duplicate
   * detection.
   *
   * @param require false to let payloads without a webhook id through
   * @return this builder
   */
  public WebhookHandlerBuilder requireWebhookId(boolean require) {
    this.requireWebhookId = require;
    return this;
  }

  /**
   * The clock for the replay window and the seen store. Default: system UTC.
   *
   * @param clock the clock (inject a fixed one in tests)
   * @return this builder
   */
  public WebhookHandlerBuilder clock(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
    return this;
  }

  /**
   * Where accepted webhook ids are remembered. Default: an {@link InMemorySeenWebhookStore} of
   * {@value InMemorySeenWebhookStore#DEFAULT_MAX_ENTRIES} ids kept for the replay window plus twice
   * the clock skew.
   *
   * @param store the store, e.g. a durable one shared by several receivers
   * @return this builder
   */
  public WebhookHandlerBuilder seenStore(SeenWebhookStore store) {
    this.seenStore = Objects.requireNonNull(store, "store");
    return this;
  }

  /**
   * Reports every verdict to an observer, e.g. for metrics ({@code
   * io.ghlsync.micrometer.GhlsyncMetrics#webhookObserver()}).
   *
   * @param value the observer
   * @return this builder
   */
  public WebhookHandlerBuilder observer(WebhookObserver value) {
    this.observer = Objects.requireNonNull(value, "observer");
    return this;
  }

  /**
   * Builds the handler.
   *
   * @return a thread-safe handler
   */
  public WebhookHandler build() {
    if (allowUnsignedEvents) {
      LOG.warn(
          "Webhook handler accepts UNSIGNED requests (allowUnsignedEvents): anyone who can reach"
              + " the endpoint can inject events. Use only for local testing.");
    }
    ReplayWindow window = new ReplayWindow(replayWindow, clockSkew, requireTimestamp);
    SeenWebhookStore store =
        seenStore != null
            ? seenStore
            : new InMemorySeenWebhookStore(
                InMemorySeenWebhookStore.DEFAULT_MAX_ENTRIES, window.span());
    return new WebhookHandler(this, window, store);
  }
}
