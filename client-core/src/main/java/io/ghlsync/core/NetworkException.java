package io.ghlsync.core;

import java.io.IOException;
import java.util.List;

/** No usable response: connection failure, timeout, reset or an unreadable body. Retryable. */
public class NetworkException extends ApiException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param context what was being done, e.g. {@code "GET /contacts/{contactId}"}
   * @param cause the I/O failure
   */
  public NetworkException(String context, IOException cause) {
    super(
        context + " failed: " + cause.getClass().getSimpleName() + describe(cause),
        0,
        null,
        List.of(),
        null,
        true,
        cause);
  }

  private static String describe(IOException cause) {
    String message = cause.getMessage();
    return message == null ? "" : " (" + message + ")";
  }
}
