package io.ghlsync.testkit.ghl.internal;

import io.ghlsync.testkit.FakeResponse;
import io.ghlsync.testkit.JsonText;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import okhttp3.Headers;
import org.jspecify.annotations.Nullable;

/**
 * GHL's error bodies: 400 {@code BadRequestDTO} with a string message, 401 {@code UnauthorizedDTO},
 * 403/404 from the v3 common schemas, 422 {@code UnprocessableDTO} with a message array, an opaque
 * 429 and 5xx bodies (HTML for 502/503, as a load balancer sends them).
 */
public final class GhlErrors {
  /** The message of a 401 for an unknown or revoked token. */
  public static final String INVALID_TOKEN = "Invalid token: access token is invalid";

  /** The message of a 401 for an expired token. */
  public static final String EXPIRED_TOKEN = "Invalid JWT";

  private GhlErrors() {}

  /**
   * A 400 with a string message.
   *
   * @param message the message
   * @return the response
   */
  public static FakeResponse badRequest(String message) {
    return body(400, message, null);
  }

  /**
   * A 401 in the {@code UnauthorizedDTO} shape.
   *
   * @param message the message
   * @return the response
   */
  public static FakeResponse unauthorized(String message) {
    return body(401, message, "Unauthorized");
  }

  /**
   * A 403 in the {@code ForbiddenDTO} shape.
   *
   * @param message the message
   * @return the response
   */
  public static FakeResponse forbidden(String message) {
    return body(403, message, "Forbidden");
  }

  /**
   * A not-found answer with the configured status (404 by default, 400 when configured so).
   *
   * @param status 404 or 400
   * @param message the message
   * @return the response
   */
  public static FakeResponse notFound(int status, String message) {
    return body(status, message, status == 404 ? "Not Found" : "Bad Request");
  }

  /**
   * A 422 whose message is an array, as class-validator produces it.
   *
   * @param messages the messages
   * @return the response
   */
  public static FakeResponse unprocessable(List<String> messages) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("statusCode", 422);
    body.put("message", messages);
    body.put("error", "Unprocessable Entity");
    return FakeResponse.json(422, JsonText.write(body));
  }

  /**
   * The error response for any status, used by injected faults.
   *
   * @param code the status
   * @return the response
   */
  public static FakeResponse forStatus(int code) {
    return switch (code) {
      case 400 -> badRequest("Bad Request");
      case 401 -> unauthorized(INVALID_TOKEN);
      case 403 -> forbidden("Forbidden resource");
      case 404 -> notFound(404, "Not Found");
      case 422 -> unprocessable(List.of("Unprocessable Entity"));
      case 429 -> body(429, "Too Many Requests", null);
      case 502, 503 ->
          new FakeResponse(
              code,
              Headers.of("Content-Type", "text/html"),
              "<html><head><title>"
                  + code
                  + "</title></head><body><h1>"
                  + (code == 502 ? "502 Bad Gateway" : "503 Service Temporarily Unavailable")
                  + "</h1></body></html>");
      default -> body(code, code >= 500 ? "Internal server error" : "Request failed", null);
    };
  }

  private static FakeResponse body(int code, String message, @Nullable String error) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("statusCode", code);
    body.put("message", message);
    if (error != null) {
      body.put("error", error);
    }
    return FakeResponse.json(code, JsonText.write(body));
  }
}
