package io.ghlsync.core;

import org.jspecify.annotations.Nullable;

/** 400 or 422: the service rejected the request's content; {@link #messages()} says why. */
public class ValidationException extends ApiException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception from parsed error details.
   *
   * @param details what the response said
   * @param cause the cause, or null
   */
  public ValidationException(ErrorDetails details, @Nullable Throwable cause) {
    super(details, false, cause);
  }
}
