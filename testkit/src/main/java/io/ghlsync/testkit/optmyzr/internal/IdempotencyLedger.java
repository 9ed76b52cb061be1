package io.ghlsync.testkit.optmyzr.internal;

import io.ghlsync.testkit.FakeResponse;
import io.ghlsync.testkit.JsonText;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * The server side of {@code Idempotency-Key}: the first result of a key is kept for a while (24 h
 * by the fake's clock unless configured); the same key with the same method, path and body replays
 * it; with anything else it is refused with 409 {@code idempotency_key_reused}. Bodies are compared
 * as JSON values, so key order and whitespace do not matter.
 */
public final class IdempotencyLedger {
  /** Header added to a replayed response. */
  public static final String REPLAYED = "Idempotent-Replayed";

  private final Clock clock;
  private final Duration ttl;
  private final Map<String, Stored> results = new ConcurrentHashMap<>();

  /**
   * Creates a ledger.
   *
   * @param clock decides when stored results expire
   * @param ttl how long a result is kept
   */
  public IdempotencyLedger(Clock clock, Duration ttl) {
    this.clock = clock;
    this.ttl = ttl;
  }

  /**
   * Looks up the stored result of a key.
   *
   * @param key the idempotency key
   * @param target method and path of the request
   * @param body the request body
   * @return the response to replay, if the key was used with the same request
   * @throws Rejection 409 if the key was used with another request
   */
  public Optional<FakeResponse> replay(String key, String target, String body) {
    Stored stored = results.get(key);
    if (stored == null || !clock.instant().isBefore(stored.storedAt().plus(ttl))) {
      return Optional.empty();
    }
    if (!stored.target().equals(target) || !sameJson(stored.body(), body)) {
      throw new Rejection(
          409,
          "conflict",
          "idempotency_key_reused",
          "this Idempotency-Key was already used with a different request; use a new key",
          "Idempotency-Key");
    }
    return Optional.of(stored.response().withHeader(REPLAYED, "true"));
  }

  /**
   * Stores the first result of a key.
   *
   * @param key the idempotency key
   * @param target method and path of the request
   * @param body the request body
   * @param response the response given
   */
  public void store(String key, String target, String body, FakeResponse response) {
    results.put(key, new Stored(target, body, response, clock.instant()));
  }

  /** How many keys are stored (expired ones included until replaced). */
  public int size() {
    return results.size();
  }

  private static boolean sameJson(String a, String b) {
    if (a.equals(b)) {
      return true;
    }
    return Objects.equals(parseOrNull(a), parseOrNull(b)) && parseOrNull(a) != null;
  }

  private static @Nullable Object parseOrNull(String text) {
    try {
      return text.isBlank() ? null : JsonText.parse(text);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private record Stored(String target, String body, FakeResponse response, Instant storedAt) {}
}
