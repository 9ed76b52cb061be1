package io.ghlsync.optmyzr;

import io.ghlsync.core.ApiException;
import io.ghlsync.core.ErrorDetails;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * HTTP 409 from the contacts contract: the request conflicts with the server's state. The most
 * common case is an {@code Idempotency-Key} reused with a different body ({@link
 * #isIdempotencyKeyReused()}): the first request with that key already happened, so repeating with
 * new content needs a new key. Not retryable as is.
 */
public class ConflictException extends ApiException {
  private static final long serialVersionUID = 1L;

  /** The error code the contract uses for a key reused with another body. */
  public static final String IDEMPOTENCY_KEY_REUSED = "idempotency_key_reused";

  /** The contract's error code, or null if the body had none. */
  private final @Nullable String code;

  /**
   * Creates the exception.
   *
   * @param details what the response said
   * @param code the contract's error code (e.g. {@value #IDEMPOTENCY_KEY_REUSED}), or null
   */
  public ConflictException(ErrorDetails details, @Nullable String code) {
    super(details, false, null);
    this.code = code;
  }

  /**
   * The contract's error code, if the body had one.
   *
   * @return the code
   */
  public Optional<String> code() {
    return Optional.ofNullable(code);
  }

  /**
   * Whether the server refused an idempotency key that was already used with another body.
   *
   * @return true for {@value #IDEMPOTENCY_KEY_REUSED}
   */
  public boolean isIdempotencyKeyReused() {
    return IDEMPOTENCY_KEY_REUSED.equals(code);
  }
}
