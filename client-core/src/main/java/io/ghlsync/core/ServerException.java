package io.ghlsync.core;

import org.jspecify.annotations.Nullable;

/** 5xx: the service failed; retryable for 502, 503 and 504. */
public class ServerException extends ApiException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception from parsed error details.
   *
   * @param details what the response said
   * @param cause the cause, or null
   */
  public ServerException(ErrorDetails details, @Nullable Throwable cause) {
    super(
        details,
        details.statusCode() == 502 || details.statusCode() == 503 || details.statusCode() == 504,
        cause);
  }
}
