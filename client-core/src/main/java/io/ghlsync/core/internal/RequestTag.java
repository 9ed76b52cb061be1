package io.ghlsync.core.internal;

import io.ghlsync.core.RequestOptions;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import retrofit2.Call;

/**
 * What the interceptors need to know about one request, carried as an OkHttp tag: the operation
 * name (for errors and logs), the rate-limit key, whether the request is safe to repeat, whether it
 * may be retried at all, and an idempotency key. Clients build it per call; a caller's public
 * {@link RequestOptions} are folded in with {@link #with(RequestOptions)}.
 *
 * @param operation operation name, e.g. {@code "GET /contacts/{contactId}"}
 * @param rateLimitKey the limiter bucket, or null for the client's default key
 * @param retrySafe whether the request may be repeated after an I/O error or 5xx; null means
 *     "decide by HTTP method" (GET, HEAD, PUT, DELETE, OPTIONS are safe)
 * @param idempotencyKey idempotency key for services that honour one, or null
 * @param retriesDisabled true when the caller turned retries off: the request is sent once, even
 *     after a 429
 */
public record RequestTag(
    String operation,
    @Nullable String rateLimitKey,
    @Nullable Boolean retrySafe,
    @Nullable String idempotencyKey,
    boolean retriesDisabled) {

  /**
   * A tag without retry override.
   *
   * @param operation operation name
   * @param rateLimitKey the limiter bucket, or null for the client's default key
   * @param retrySafe whether a repeat is safe; null means "by HTTP method"
   * @param idempotencyKey idempotency key, or null
   */
  public RequestTag(
      String operation,
      @Nullable String rateLimitKey,
      @Nullable Boolean retrySafe,
      @Nullable String idempotencyKey) {
    this(operation, rateLimitKey, retrySafe, idempotencyKey, false);
  }

  /**
   * A tag for an operation whose safety follows its HTTP method.
   *
   * @param operation operation name
   * @return the tag
   */
  public static RequestTag of(String operation) {
    return new RequestTag(operation, null, null, null, false);
  }

  /**
   * Returns a copy with the given rate-limit key.
   *
   * @param key the key, or null for the client default
   * @return the copy
   */
  public RequestTag withRateLimitKey(@Nullable String key) {
    return new RequestTag(operation, key, retrySafe, idempotencyKey, retriesDisabled);
  }

  /**
   * Returns a copy that says explicitly whether the request may be repeated.
   *
   * @param safe true if repeating cannot cause a second effect
   * @return the copy
   */
  public RequestTag withRetrySafe(boolean safe) {
    return new RequestTag(operation, rateLimitKey, safe, idempotencyKey, retriesDisabled);
  }

  /**
   * Returns a copy with an idempotency key; a keyed request is safe to repeat.
   *
   * @param key the idempotency key
   * @return the copy
   */
  public RequestTag withIdempotencyKey(String key) {
    return new RequestTag(operation, rateLimitKey, true, key, retriesDisabled);
  }

  /**
   * Folds in a caller's per-request options: {@code retries(true)} marks the request safe to
   * repeat, {@code retries(false)} sends it exactly once. The idempotency key and the timeout are
   * applied by the client (the key as the service's header, the timeout with {@link
   * #applyTimeout}).
   *
   * @param options the caller's options
   * @return the tag to send
   */
  public RequestTag with(RequestOptions options) {
    Optional<Boolean> retries = options.retries();
    if (retries.isEmpty()) {
      return this;
    }
    return retries.get()
        ? new RequestTag(operation, rateLimitKey, true, idempotencyKey, false)
        : new RequestTag(operation, rateLimitKey, false, idempotencyKey, true);
  }

  /**
   * Sets the caller's timeout, if any, on a call: it bounds the whole call, retries and rate-limit
   * waits included; when it passes, the call is cancelled and fails with a network error.
   *
   * @param call the call, not yet executed
   * @param options the caller's options
   * @param <T> body type
   * @return the same call
   */
  public static <T> Call<T> applyTimeout(Call<T> call, RequestOptions options) {
    options.timeout().ifPresent(t -> call.timeout().timeout(t.toMillis(), TimeUnit.MILLISECONDS));
    return call;
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
