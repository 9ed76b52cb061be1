package io.ghlsync.core;

import org.jspecify.annotations.Nullable;

/** 404: the addressed record does not exist (or is not visible to this credential). */
public class NotFoundException extends ApiException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception from parsed error details.
   *
   * @param details what the response said
   * @param cause the cause, or null
   */
  public NotFoundException(ErrorDetails details, @Nullable Throwable cause) {
    super(details, false, cause);
  }
}
