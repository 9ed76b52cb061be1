package io.ghlsync.core;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a failed response said, parsed leniently: status, request id, messages and raw body.
 *
 * @param statusCode HTTP status (0 if none)
 * @param requestId request/trace id, or null
 * @param messages messages from the body (string or array forms flattened)
 * @param error the short error name (e.g. {@code "Unprocessable Entity"}), or null
 * @param rawBody raw body text, or null
 * @param context what was being done, e.g. {@code "GET /contacts/{contactId}"}
 * @param serviceError the service's own error code (e.g. onOffice's), or null when it sent none
 */
public record ErrorDetails(
    int statusCode,
    @Nullable String requestId,
    List<String> messages,
    @Nullable String error,
    @Nullable String rawBody,
    String context,
    @Nullable ServiceError serviceError) {

  /**
   * Details without a service error code.
   *
   * @param statusCode HTTP status (0 if none)
   * @param requestId request/trace id, or null
   * @param messages messages from the body (string or array forms flattened)
   * @param error the short error name (e.g. {@code "Unprocessable Entity"}), or null
   * @param rawBody raw body text, or null
   * @param context what was being done, e.g. {@code "GET /contacts/{contactId}"}
   */
  public ErrorDetails(
      int statusCode,
      @Nullable String requestId,
      List<String> messages,
      @Nullable String error,
      @Nullable String rawBody,
      String context) {
    this(statusCode, requestId, messages, error, rawBody, context, null);
  }

  /**
   * Canonical constructor: copies the message list.
   *
   * @param statusCode HTTP status (0 if none)
   * @param requestId request/trace id, or null
   * @param messages messages from the body (string or array forms flattened)
   * @param error the short error name (e.g. {@code "Unprocessable Entity"}), or null
   * @param rawBody raw body text, or null
   * @param context what was being done, e.g. {@code "GET /contacts/{contactId}"}
   * @param serviceError the service's own error code, or null
   */
  public ErrorDetails {
    messages = List.copyOf(messages);
  }

  /**
   * One line: context, status, messages and request id, as used in exception messages.
   *
   * @return the summary line; falls back to the error name when there are no messages
   */
  public String summary() {
    StringBuilder sb = new StringBuilder();
    sb.append(context);
    // A 2xx status is no part of the failure (an error reported inside a successful answer).
    if (statusCode >= 300 || (statusCode > 0 && statusCode < 200)) {
      sb.append(" failed with HTTP ").append(statusCode);
    } else {
      sb.append(" failed");
    }
    if (!messages.isEmpty()) {
      sb.append(": ").append(String.join("; ", messages));
    } else if (error != null) {
      sb.append(": ").append(error);
    }
    if (requestId != null) {
      sb.append(" (request id ").append(requestId).append(')');
    }
    return sb.toString();
  }
}
