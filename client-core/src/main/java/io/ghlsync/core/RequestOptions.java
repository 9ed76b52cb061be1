package io.ghlsync.core;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Per-request settings carried as an OkHttp tag: the operation name (for errors and logs), the
 * rate-limit key, whether the request is safe to repeat, and an idempotency key.
 *
 * @param operation operation name, e.g. {@code "GET /contacts/{contactId}"}
 * @param rateLimitKey the limiter bucket, or null for the client's default key
 * @param retrySafe whether the request may be repeated after an I/O error or 5xx; null means
 *     "decide by HTTP method" (GET, HEAD, PUT, DELETE, OPTIONS are safe)
 * @param idempotencyKey idempotency key for services that honour one, or null
 */
public record RequestOptions(
    String operation,
    @Nullable String rateLimitKey,
    @Nullable Boolean retrySafe,
    @Nullable String idempotencyKey) {

  /**
   * Options for an operation whose safety follows its HTTP method.
   *
   * @param operation operation name
   * @return the options
   */
  public static RequestOptions of(String operation) {
    return new RequestOptions(operation, null, null, null);
  }

  /**
   * Returns a copy with the given rate-limit key.
   *
   * @param key the key, or null for the client default
   * @return the copy
   */
  public RequestOptions withRateLimitKey(@Nullable String key) {
    return new RequestOptions(operation, key, retrySafe, idempotencyKey);
  }

  /**
   * Returns a copy that says explicitly whether the request may be repeated.
   *
   * @param safe true if repeating cannot cause a second effect
   * @return the copy
   */
  public RequestOptions withRetrySafe(boolean safe) {
    return new RequestOptions(operation, rateLimitKey, safe, idempotencyKey);
  }

  /**
   * Returns a copy with an idempotency key; a keyed request is safe to repeat.
   *
   * @param key the idempotency key
   * @return the copy
   */
  public RequestOptions withIdempotencyKey(String key) {
    return new RequestOptions(operation, rateLimitKey, true, key);
  }

  /**
   * The rate-limit key, if set.
   *
   * @return the key, or empty when the client's default key applies
   */
  public Optional<String> rateLimitKeyOptional() {
    return Optional.ofNullable(rateLimitKey);
  }
}
