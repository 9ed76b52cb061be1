package io.ghlsync.optmyzr.internal;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import com.squareup.moshi.Types;
import io.ghlsync.core.ApiException;
import io.ghlsync.core.ErrorDetails;
import io.ghlsync.core.ErrorMapper;
import io.ghlsync.core.RateLimitFeedback;
import io.ghlsync.optmyzr.ConflictException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Maps the contract's error body onto the core exceptions:
 *
 * <pre>{@code
 * {"error":{"type":"invalid_request_error","code":"validation_failed",
 *           "message":"email is invalid","param":"email","request_id":"req_123",
 *           "errors":[{"param":"phone","code":"invalid","message":"phone is invalid"}]}}
 * }</pre>
 *
 * The request id comes from {@code X-Request-Id} or, failing that, from {@code error.request_id};
 * messages name the {@code param}; 409 becomes {@link ConflictException}, the rest follows {@link
 * ErrorMapper#byStatus()}.
 */
public final class ContractErrorMapper implements ErrorMapper {
  private static final JsonAdapter<Map<String, Object>> MAP =
      new Moshi.Builder()
          .build()
          .<Map<String, Object>>adapter(
              Types.newParameterizedType(Map.class, String.class, Object.class))
          .lenient();
  private static final ErrorMapper BY_STATUS = ErrorMapper.byStatus();

  @Override
  public ApiException map(ErrorDetails details, RateLimitFeedback feedback) {
    Map<String, Object> error = errorObject(details.rawBody());
    if (error == null) {
      return details.statusCode() == 409
          ? new ConflictException(details, null)
          : BY_STATUS.map(details, feedback);
    }
    String code = text(error.get("code"));
    String requestId =
        details.requestId() != null ? details.requestId() : text(error.get("request_id"));
    List<String> messages = new ArrayList<>();
    addMessage(messages, text(error.get("param")), text(error.get("message")));
    if (error.get("errors") instanceof List<?> fieldErrors) {
      for (Object each : fieldErrors) {
        if (each instanceof Map<?, ?> fe) {
          addMessage(messages, text(fe.get("param")), text(fe.get("message")));
        }
      }
    }
    if (messages.isEmpty()) {
      messages.addAll(details.messages());
    }
    String name = code != null ? code : text(error.get("type"));
    ErrorDetails enriched =
        new ErrorDetails(
            details.statusCode(),
            requestId,
            messages,
            name != null ? name : details.error(),
            details.rawBody(),
            details.context());
    if (details.statusCode() == 409) {
      return new ConflictException(enriched, code);
    }
    return BY_STATUS.map(enriched, feedback);
  }

  private static @Nullable Map<String, Object> errorObject(@Nullable String body) {
    if (body == null || !body.stripLeading().startsWith("{")) {
      return null;
    }
    try {
      Map<String, Object> json = MAP.fromJson(body);
      if (json != null && json.get("error") instanceof Map<?, ?> nested) {
        @SuppressWarnings("unchecked")
        Map<String, Object> error = (Map<String, Object>) nested;
        return error;
      }
      return null;
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  private static void addMessage(
      List<String> out, @Nullable String param, @Nullable String message) {
    if (message == null) {
      return;
    }
    boolean named = param == null || message.contains(param);
    String line = named ? message : param + ": " + message;
    if (!out.contains(line)) {
      out.add(line);
    }
  }

  private static @Nullable String text(@Nullable Object value) {
    return value instanceof String s && !s.isBlank() ? s : null;
  }
}
