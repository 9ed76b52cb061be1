package io.ghlsync.core;

import org.jspecify.annotations.Nullable;

/** 401: the credential is missing, invalid or expired and could not be refreshed. */
public class AuthenticationException extends ApiException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception from parsed error details.
   *
   * @param details what the response said
   * @param cause the cause, or null
   */
  public AuthenticationException(ErrorDetails details, @Nullable Throwable cause) {
    super(details, false, cause);
  }
}
