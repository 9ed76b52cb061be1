package io.ghlsync.ghl.webhook;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns one GHL webhook request (headers and raw body bytes) into a {@link WebhookResult}:
 * verified, typed and deduplicated. Thread-safe; build one and share it. Never throws for bad
 * input: every problem is a {@link WebhookResult.Rejected} with a typed reason.
 *
 * <pre>{@code
 * WebhookHandler handler = WebhookHandler.builder().build();
 * handler.on(ContactUpdate.class, e -> engine.trigger(e.contact().id()));
 * WebhookResult result = handler.handle(WebhookHeaders.of(headers), rawBody);
 * }</pre>
 *
 * <p>See the package documentation for the order of checks and the listener semantics.
 */
public final class WebhookHandler {
  private static final Logger LOG = LoggerFactory.getLogger("io.ghlsync.webhook");

  private final SignatureCheck signatures;
  private final ReplayWindow replayWindow;
  private final SeenWebhookStore seenStore;
  private final Clock clock;
  private final int maxBodyBytes;
  private final boolean requireWebhookId;
  private final WebhookObserver observer;
  private final ListenerRegistry listeners = new ListenerRegistry();

  WebhookHandler(WebhookHandlerBuilder b, ReplayWindow replayWindow, SeenWebhookStore seenStore) {
    this.signatures = new SignatureCheck(b.keys, b.allowUnsignedEvents);
    this.replayWindow = replayWindow;
    this.seenStore = seenStore;
    this.clock = b.clock;
    this.maxBodyBytes = b.maxBodyBytes;
    this.requireWebhookId = b.requireWebhookId;
    this.observer = b.observer;
  }

  /**
   * A builder with safe defaults: GHL's documented keys, signatures required, 1 MiB body limit, 5
   * minute replay window with 1 minute clock skew, timestamp and webhookId required, an in-memory
   * seen store.
   *
   * @return a new builder
   */
  public static WebhookHandlerBuilder builder() {
    return new WebhookHandlerBuilder();
  }

  /**
   * Registers a listener for one event type (a record such as {@code ContactUpdate.class}, a group
   * such as {@code ContactEvent.class}, or {@code WebhookEvent.class} for all). Listeners run
   * inside {@link #handle} after an event is accepted; see the package documentation for what
   * happens when one throws.
   *
   * @param type the event type
   * @param listener the callback
   * @param <E> the event type
   * @return this handler
   */
  public <E extends WebhookEvent> WebhookHandler on(Class<E> type, Consumer<? super E> listener) {
    listeners.add(type, listener);
    return this;
  }

  /**
   * The configured body limit, so hosts can stop reading a request early.
   *
   * @return the largest accepted body, in bytes
   */
  public int maxBodyBytes() {
    return maxBodyBytes;
  }

  /**
   * Handles a request given as a multi-valued header map (names in any case).
   *
   * @param headers the request headers
   * @param rawBody the body bytes exactly as received
   * @return the verdict
   */
  public WebhookResult handle(Map<String, ? extends List<String>> headers, byte[] rawBody) {
    return handle(WebhookHeaders.of(headers), rawBody);
  }

  /**
   * Handles a request whose body is still a stream. Reads at most {@link #maxBodyBytes()} + 1
   * bytes, so an oversize body is refused without reading it all. Does not close the stream.
   *
   * @param headers the request headers
   * @param body the body stream
   * @return the verdict
   */
  public WebhookResult handle(WebhookHeaders headers, InputStream body) {
    byte[] bytes;
    try {
      bytes = body.readNBytes(maxBodyBytes + 1);
    } catch (IOException e) {
      return observed(rejected(RejectionReason.UNREADABLE_BODY, "request body could not be read"));
    }
    return handle(headers, bytes);
  }

  /**
   * Handles a request: size limit, signature over the raw bytes, JSON and {@code type}, replay
   * window, duplicate {@code webhookId}, then listeners.
   *
   * @param headers the request headers
   * @param rawBody the body bytes exactly as received (do not re-serialise parsed JSON)
   * @return the verdict
   */
  public WebhookResult handle(WebhookHeaders headers, byte[] rawBody) {
    return observed(verdict(headers, rawBody));
  }

  private WebhookResult observed(WebhookResult result) {
    try {
      observer.handled(result);
    } catch (RuntimeException e) {
      LOG.warn("webhook observer {} failed; ignored", observer.getClass().getName(), e);
    }
    return result;
  }

  private WebhookResult verdict(WebhookHeaders headers, byte[] rawBody) {
    Instant now = clock.instant();
    if (rawBody.length > maxBodyBytes) {
      return rejected(
          RejectionReason.BODY_TOO_LARGE,
          "body exceeds the limit of " + maxBodyBytes + " bytes (maxBodyBytes)");
    }
    Optional<WebhookResult.Rejected> badSignature = signatures.verify(headers, rawBody);
    if (badSignature.isPresent()) {
      return logged(badSignature.get());
    }
    String text;
    JsonValue tree;
    try {
      text = decodeUtf8(rawBody);
      tree = JsonTree.parse(text);
    } catch (CharacterCodingException e) {
      return rejected(RejectionReason.MALFORMED_JSON, "body is not valid UTF-8");
    } catch (JsonTree.MalformedJsonException e) {
      return rejected(RejectionReason.MALFORMED_JSON, e.detail());
    }
    if (!(tree instanceof JsonValue.JsonObject json)) {
      return rejected(RejectionReason.MALFORMED_JSON, "body must be a JSON object");
    }
    if (!(json.get("type").orElse(JsonValue.JsonNull.INSTANCE) instanceof JsonValue.JsonString t)
        || t.value().isBlank()) {
      return rejected(RejectionReason.MISSING_TYPE, "body has no non-empty \"type\" string");
    }
    EventEnvelope envelope = WebhookEventParser.envelope(json);
    Optional<WebhookResult.Rejected> stale = replayWindow.check(envelope.timestamp(), now);
    if (stale.isPresent()) {
      return logged(stale.get());
    }
    String webhookId = envelope.webhookId();
    if (webhookId.isEmpty() && requireWebhookId) {
      return rejected(
          RejectionReason.MISSING_WEBHOOK_ID,
          "payload has no webhookId; duplicate detection needs it (requireWebhookId)");
    }
    WebhookEvent event = WebhookEventParser.event(envelope, text, json);
    if (!webhookId.isEmpty()) {
      try {
        if (!seenStore.markSeen(webhookId, now)) {
          LOG.debug("Duplicate webhook type={} webhookId={}", envelope.type(), webhookId);
          return new WebhookResult.Duplicate(webhookId);
        }
      } catch (RuntimeException e) {
        LOG.error("Seen-webhook store failed for webhookId={}", webhookId, e);
        return rejected(RejectionReason.SEEN_STORE_FAILED, "seen-webhook store failed; retry");
      }
    }
    return dispatch(event);
  }

  private WebhookResult dispatch(WebhookEvent event) {
    List<RuntimeException> failures = listeners.dispatch(event);
    if (failures.isEmpty()) {
      LOG.debug("Accepted webhook type={} webhookId={}", event.type(), event.webhookId());
      return new WebhookResult.Accepted(event);
    }
    for (RuntimeException failure : failures) {
      LOG.error(
          "Webhook listener failed for type={} webhookId={}; answering 429 so it is redelivered",
          event.type(),
          event.webhookId(),
          failure);
    }
    if (!event.webhookId().isEmpty()) {
      try {
        seenStore.forget(event.webhookId());
      } catch (RuntimeException e) {
        LOG.error("Seen-webhook store could not forget webhookId={}", event.webhookId(), e);
        failures.get(0).addSuppressed(e);
      }
    }
    return new WebhookResult.ListenerFailed(event, failures);
  }

  private static String decodeUtf8(byte[] body) throws CharacterCodingException {
    return StandardCharsets.UTF_8
        .newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT)
        .decode(ByteBuffer.wrap(body))
        .toString();
  }

  private static WebhookResult.Rejected rejected(RejectionReason reason, String message) {
    return logged(new WebhookResult.Rejected(reason, message));
  }

  private static WebhookResult.Rejected logged(WebhookResult.Rejected rejection) {
    if (rejection.httpStatus() == 401) {
      LOG.warn("Rejected webhook: {} ({})", rejection.reason(), rejection.message());
    } else {
      LOG.info("Rejected webhook: {} ({})", rejection.reason(), rejection.message());
    }
    return rejection;
  }
}
