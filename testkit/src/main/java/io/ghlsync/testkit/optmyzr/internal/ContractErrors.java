package io.ghlsync.testkit.optmyzr.internal;

import io.ghlsync.testkit.FakeResponse;
import io.ghlsync.testkit.JsonText;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;

/**
 * Renders the contract's error body and hands out request ids: {@code
 * {"error":{"type":..,"code":..,"message":..,"param":..,"request_id":"req_.."}}} with the same id
 * in {@code X-Request-Id}.
 */
public final class ContractErrors {
  /** The response header that carries the request id. */
  public static final String REQUEST_ID = "X-Request-Id";

  private final AtomicLong next = new AtomicLong();

  /**
   * A new request id.
   *
   * @return e.g. {@code req_000042}
   */
  public String newRequestId() {
    return String.format("req_%06d", next.incrementAndGet());
  }

  /**
   * Renders a rejection.
   *
   * @param r the rejection
   * @param requestId the request id
   * @return the response
   */
  public FakeResponse render(Rejection r, String requestId) {
    return render(r.status(), r.type(), r.code(), r.getMessage(), r.param(), requestId);
  }

  /**
   * Renders an error body.
   *
   * @param status the HTTP status
   * @param type the error type
   * @param code the error code
   * @param message the message
   * @param param the offending parameter, or null
   * @param requestId the request id
   * @return the response
   */
  public FakeResponse render(
      int status,
      String type,
      String code,
      @Nullable String message,
      @Nullable String param,
      String requestId) {
    Map<String, Object> error = new LinkedHashMap<>();
    error.put("type", type);
    error.put("code", code);
    error.put("message", message == null ? code : message);
    if (param != null) {
      error.put("param", param);
    }
    error.put("request_id", requestId);
    return FakeResponse.json(status, JsonText.write(Map.of("error", error)))
        .withHeader(REQUEST_ID, requestId);
  }

  /**
   * The contract's error type for a status.
   *
   * @param status the HTTP status
   * @return e.g. {@code api_error} for 5xx
   */
  public static String typeOf(int status) {
    return switch (status) {
      case 401 -> "authentication_error";
      case 403 -> "permission_error";
      case 404 -> "not_found";
      case 409 -> "conflict";
      case 429 -> "rate_limit_error";
      default -> status >= 500 ? "api_error" : "invalid_request_error";
    };
  }
}
