package io.ghlsync.core;

import io.ghlsync.core.internal.Redaction;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A successful (2xx) answer whose body cannot be read: empty where a body was promised, or not
 * JSON. The service did answer, so this is not a {@link NetworkException}, and repeating the call
 * is not expected to help. The raw body is kept truncated and with every value that is not an id,
 * date, status or count masked.
 */
public class UnexpectedResponseException extends ApiException {
  private static final long serialVersionUID = 1L;

  /** The most characters of the body kept. */
  public static final int MAX_BODY_CHARS = 500;

  /** What was being done. */
  private final String operation;

  /**
   * Creates the exception.
   *
   * @param operation what was being done, e.g. {@code "GET /contacts/{contactId}"}
   * @param statusCode the HTTP status of the answer
   * @param body the body as received (it is truncated and redacted here)
   * @param cause why it could not be read, or null
   */
  public UnexpectedResponseException(
      String operation, int statusCode, String body, @Nullable Throwable cause) {
    this(operation, statusCode, excerpt(body), cause, body.isBlank());
  }

  private UnexpectedResponseException(
      String operation, int statusCode, String excerpt, @Nullable Throwable cause, boolean empty) {
    super(
        operation
            + " returned HTTP "
            + statusCode
            + (empty ? " with an empty body" : " with a body that cannot be read")
            + (cause == null ? "" : " (" + cause.getClass().getSimpleName() + ")")
            + (empty ? "" : ": " + excerpt),
        statusCode,
        null,
        List.of(),
        excerpt,
        false,
        cause);
    this.operation = operation;
  }

  /**
   * The operation whose answer could not be read.
   *
   * @return e.g. {@code "GET /contacts/{contactId}"}
   */
  public String operation() {
    return operation;
  }

  private static String excerpt(String body) {
    return Redaction.excerpt(body, MAX_BODY_CHARS);
  }
}
