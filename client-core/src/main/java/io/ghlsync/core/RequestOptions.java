package io.ghlsync.core;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Options for one call, passed as the last argument of a client method's overload, for example
 * {@code ghl.contacts().create(request, RequestOptions.builder().timeout(Duration.ofSeconds(5))
 * .build())}. Immutable; anything not set keeps the client's behaviour.
 *
 * <ul>
 *   <li>{@code timeout}: the whole call (rate-limit waits and retries included) must finish within
 *       it, else it is cancelled and fails with a {@link NetworkException}. Default: only the
 *       client's connect/read/write timeouts apply.
 *   <li>{@code retries}: {@code false} sends the request exactly once (no retry, not even after a
 *       429); {@code true} retries it after I/O errors and 5xx answers as if it were safe to repeat
 *       (say so only when a repeat cannot cause a second effect). Default: the client's rule (reads
 *       and idempotent writes are retried, creates are not).
 *   <li>{@code idempotencyKey}: sent as the service's idempotency key, which makes a repeat safe.
 *       Only Optmyzr honours one (header {@code Idempotency-Key}; without one its writes get a
 *       random key); GHL and onOffice have none and refuse options that carry one, rather than
 *       pretend the call became safe to repeat.
 * </ul>
 */
public final class RequestOptions {
  private static final RequestOptions DEFAULTS = new RequestOptions(new Builder());

  private final @Nullable Duration timeout;
  private final @Nullable Boolean retries;
  private final @Nullable String idempotencyKey;

  private RequestOptions(Builder b) {
    this.timeout = b.timeout;
    this.retries = b.retries;
    this.idempotencyKey = b.idempotencyKey;
  }

  /**
   * Options that change nothing: the client's behaviour applies.
   *
   * @return the empty options
   */
  public static RequestOptions defaults() {
    return DEFAULTS;
  }

  /**
   * Starts options.
   *
   * @return a builder with nothing set
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder holding these options, to derive changed options.
   *
   * @return the builder
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.timeout = timeout;
    b.retries = retries;
    b.idempotencyKey = idempotencyKey;
    return b;
  }

  /**
   * The time the whole call may take.
   *
   * @return the timeout, or empty for the client's connect/read/write timeouts only
   */
  public Optional<Duration> timeout() {
    return Optional.ofNullable(timeout);
  }

  /**
   * Whether the call is retried: true retries it as safe to repeat, false sends it once.
   *
   * @return the choice, or empty for the client's rule
   */
  public Optional<Boolean> retries() {
    return Optional.ofNullable(retries);
  }

  /**
   * The idempotency key (Optmyzr).
   *
   * @return the key, or empty
   */
  public Optional<String> idempotencyKey() {
    return Optional.ofNullable(idempotencyKey);
  }

  /**
   * Refuses options that carry an idempotency key, for services that have none.
   *
   * @param service the service name for the message, e.g. {@code "GHL"}
   * @return these options
   * @throws IllegalArgumentException if an idempotency key is set
   */
  public RequestOptions requireNoIdempotencyKey(String service) {
    if (idempotencyKey != null) {
      throw new IllegalArgumentException(
          service
              + " has no idempotency key; remove idempotencyKey(..) from the RequestOptions (use"
              + " retries(false) to send a write once)");
    }
    return this;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof RequestOptions other
        && Objects.equals(timeout, other.timeout)
        && Objects.equals(retries, other.retries)
        && Objects.equals(idempotencyKey, other.idempotencyKey);
  }

  @Override
  public int hashCode() {
    return Objects.hash(timeout, retries, idempotencyKey);
  }

  @Override
  public String toString() {
    return "RequestOptions[timeout="
        + timeout
        + ", retries="
        + retries
        + ", idempotencyKey="
        + (idempotencyKey == null ? "none" : "set")
        + "]";
  }

  /** Builds {@link RequestOptions}; {@code null} for any value means "not set". */
  public static final class Builder {
    private @Nullable Duration timeout;
    private @Nullable Boolean retries;
    private @Nullable String idempotencyKey;

    private Builder() {}

    /**
     * The time the whole call may take, retries and rate-limit waits included.
     *
     * @param timeout a positive duration, or null for none
     * @return this builder
     * @throws IllegalArgumentException if zero or negative
     */
    public Builder timeout(@Nullable Duration timeout) {
      if (timeout != null && (timeout.isZero() || timeout.isNegative())) {
        throw new IllegalArgumentException("timeout must be positive, was " + timeout);
      }
      this.timeout = timeout;
      return this;
    }

    /**
     * Turns retries on (as safe to repeat) or off (sent once).
     *
     * @param retries true to retry, false to send once, null for the client's rule
     * @return this builder
     */
    public Builder retries(@Nullable Boolean retries) {
      this.retries = retries;
      return this;
    }

    /**
     * The idempotency key (Optmyzr only; see the class documentation).
     *
     * @param key a non-blank key, or null for none
     * @return this builder
     * @throws IllegalArgumentException if blank
     */
    public Builder idempotencyKey(@Nullable String key) {
      if (key != null && key.isBlank()) {
        throw new IllegalArgumentException("idempotencyKey must not be blank");
      }
      this.idempotencyKey = key;
      return this;
    }

    /**
     * Builds the options.
     *
     * @return the options
     */
    public RequestOptions build() {
      return new RequestOptions(this);
    }
  }
}
