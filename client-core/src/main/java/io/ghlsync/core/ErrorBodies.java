package io.ghlsync.core;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import com.squareup.moshi.Types;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import okhttp3.Headers;
import org.jspecify.annotations.Nullable;

/**
 * Lenient parsing of error bodies: {@code message} as a string or an array of strings, {@code
 * error}, and a request id from the body ({@code traceId}, {@code requestId}, {@code request_id})
 * or the headers ({@code X-Request-Id}, {@code traceId}). Anything unreadable is kept only as the
 * raw body.
 */
public final class ErrorBodies {
  private static final JsonAdapter<Map<String, Object>> MAP =
      new Moshi.Builder()
          .build()
          .<Map<String, Object>>adapter(
              Types.newParameterizedType(Map.class, String.class, Object.class))
          .lenient();
  private static final List<String> BODY_ID_FIELDS = List.of("traceId", "requestId", "request_id");
  private static final List<String> HEADER_ID_FIELDS =
      List.of("X-Request-Id", "traceId", "X-Trace-Id", "Request-Id");

  private ErrorBodies() {}

  /**
   * Parses an error response.
   *
   * @param status HTTP status
   * @param headers response headers
   * @param body body text, or null
   * @param context what was being done, e.g. {@code "GET /contacts/{contactId}"}
   * @return the details
   */
  public static ErrorDetails parse(
      int status, Headers headers, @Nullable String body, String context) {
    List<String> messages = new ArrayList<>();
    String error = null;
    String requestId = null;
    Map<String, Object> json = parseObject(body);
    if (json != null) {
      addMessages(messages, json.get("message"));
      if (messages.isEmpty()) {
        addMessages(messages, json.get("messages"));
      }
      if (json.get("error") instanceof String e) {
        error = e;
      } else if (json.get("error") instanceof Map<?, ?> nested) {
        addMessages(messages, nested.get("message"));
      }
      for (String field : BODY_ID_FIELDS) {
        if (json.get(field) instanceof String id && !id.isBlank()) {
          requestId = id;
          break;
        }
      }
    }
    if (requestId == null) {
      for (String name : HEADER_ID_FIELDS) {
        String value = headers.get(name);
        if (value != null && !value.isBlank()) {
          requestId = value;
          break;
        }
      }
    }
    String raw = body == null || body.isEmpty() ? null : body;
    return new ErrorDetails(status, requestId, messages, error, raw, context);
  }

  private static @Nullable Map<String, Object> parseObject(@Nullable String body) {
    if (body == null || !body.stripLeading().startsWith("{")) {
      return null;
    }
    try {
      return MAP.fromJson(body);
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  private static void addMessages(List<String> out, @Nullable Object value) {
    if (value instanceof String s && !s.isBlank()) {
      out.add(s);
    } else if (value instanceof List<?> list) {
      for (Object item : list) {
        if (item != null) {
          out.add(String.valueOf(item));
        }
      }
    }
  }
}
