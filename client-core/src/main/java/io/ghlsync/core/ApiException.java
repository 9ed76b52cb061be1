package io.ghlsync.core;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Base of every error a ghlsync client raises for a failed remote call.
 *
 * <p>Carries the HTTP status, the service's request id (GHL {@code traceId}) where present, the
 * error messages (GHL sends {@code message} as a string or an array), the raw error body and
 * whether repeating the call may help. Messages never include credentials.
 */
public class ApiException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** HTTP status code, or {@code 0} when no response arrived. */
  private final int statusCode;

  /** The service's request/trace id, or null. */
  private final @Nullable String requestId;

  /** Messages from the error body, in order. */
  private final List<String> messages;

  /** The raw error body, or null. */
  private final @Nullable String rawBody;

  /** Whether repeating the same call may succeed. */
  private final boolean retryable;

  /** The service's own error code, when it sent one. */
  // Transient: the service's code travels with the live exception; a serialised copy keeps the
  // status, message and body, which is what a remote log needs.
  private final transient @Nullable ServiceError serviceError;

  /**
   * Creates an exception.
   *
   * @param message human readable summary (no secrets)
   * @param statusCode HTTP status, or 0 when no response was received
   * @param requestId the service's request/trace id, or null
   * @param messages the messages from the error body
   * @param rawBody the raw error body, or null
   * @param retryable whether repeating the same call may succeed
   * @param cause the cause, or null
   */
  public ApiException(
      String message,
      int statusCode,
      @Nullable String requestId,
      List<String> messages,
      @Nullable String rawBody,
      boolean retryable,
      @Nullable Throwable cause) {
    super(message, cause);
    this.statusCode = statusCode;
    this.requestId = requestId;
    this.messages = List.copyOf(messages);
    this.rawBody = rawBody;
    this.retryable = retryable;
    this.serviceError = null;
  }

  /**
   * Convenience constructor from an {@link ErrorDetails}; the message is {@link
   * ErrorDetails#summary()}.
   *
   * @param details the parsed error response
   * @param retryable whether repeating the same call may succeed
   * @param cause the cause, or null
   */
  public ApiException(ErrorDetails details, boolean retryable, @Nullable Throwable cause) {
    super(details.summary(), cause);
    this.statusCode = details.statusCode();
    this.requestId = details.requestId();
    this.messages = details.messages();
    this.rawBody = details.rawBody();
    this.retryable = retryable;
    this.serviceError = details.serviceError();
  }

  /**
   * HTTP status code of the response.
   *
   * @return the status code, or {@code 0} when no response arrived
   */
  public int statusCode() {
    return statusCode;
  }

  /**
   * The service's request id (GHL {@code traceId}, onOffice/Optmyzr request id), if any.
   *
   * @return the request id, or empty if the service sent none
   */
  public Optional<String> requestId() {
    return Optional.ofNullable(requestId);
  }

  /**
   * Messages from the error body, in order.
   *
   * @return the messages (unmodifiable); empty if the body had none
   */
  public List<String> messages() {
    return messages;
  }

  /**
   * The raw error body as received, if any.
   *
   * @return the raw body, or empty if there was none
   */
  public Optional<String> rawBody() {
    return Optional.ofNullable(rawBody);
  }

  /**
   * Whether repeating the same call later may succeed (rate limits, outages, I/O errors).
   *
   * @return {@code true} if a retry may help
   */
  public boolean isRetryable() {
    return retryable;
  }

  /**
   * The service's own error code behind this exception, e.g. onOffice's {@code errorcode} and the
   * failed action's position: {@code e.serviceError().map(ServiceError::code)}.
   *
   * @return the service error, or empty when the service sent none (GHL, Optmyzr)
   */
  public Optional<ServiceError> serviceError() {
    return Optional.ofNullable(serviceError);
  }
}
