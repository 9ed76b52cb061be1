package io.ghlsync.testkit.optmyzr.internal;

import org.jspecify.annotations.Nullable;

/**
 * A contract error the fake answers with: HTTP status and the fields of the contract's error body
 * ({@code type}, {@code code}, {@code message}, {@code param}). Thrown by the routes and rendered
 * by {@link OptmyzrService}.
 */
public final class Rejection extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int status;
  private final String type;
  private final String code;
  private final @Nullable String param;

  /**
   * Creates a rejection.
   *
   * @param status the HTTP status
   * @param type the error type, e.g. {@code invalid_request_error}
   * @param code the error code, e.g. {@code validation_failed}
   * @param message the human readable message
   * @param param the offending parameter, or null
   */
  public Rejection(int status, String type, String code, String message, @Nullable String param) {
    super(message, null, false, false);
    this.status = status;
    this.type = type;
    this.code = code;
    this.param = param;
  }

  /**
   * A 422 for an invalid field.
   *
   * @param param the field
   * @param message what is wrong
   * @return the rejection
   */
  public static Rejection invalid(String param, String message) {
    return new Rejection(422, "invalid_request_error", "validation_failed", message, param);
  }

  /**
   * A 400 for a malformed request.
   *
   * @param code the error code
   * @param message what is wrong
   * @param param the offending parameter, or null
   * @return the rejection
   */
  public static Rejection badRequest(String code, String message, @Nullable String param) {
    return new Rejection(400, "invalid_request_error", code, message, param);
  }

  /**
   * A 404.
   *
   * @param what e.g. {@code contact}
   * @param param the parameter that named it
   * @return the rejection
   */
  public static Rejection notFound(String what, String param) {
    return new Rejection(404, "not_found", "resource_missing", "no such " + what, param);
  }

  /** The HTTP status. */
  public int status() {
    return status;
  }

  /** The error type. */
  public String type() {
    return type;
  }

  /** The error code. */
  public String code() {
    return code;
  }

  /** The offending parameter, or null. */
  public @Nullable String param() {
    return param;
  }
}
