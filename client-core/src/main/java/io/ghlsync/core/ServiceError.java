package io.ghlsync.core;

/**
 * A service's own error code behind an {@link ApiException}, for APIs that send one next to (or
 * instead of) the HTTP status, e.g. onOffice's {@code errorcode} per action. Read it with {@link
 * ApiException#serviceError()}; the exception's type already says what the error means (not found,
 * validation, ...).
 *
 * @param service the API that sent the code, e.g. {@code "onOffice"}
 * @param code the service's error code, e.g. {@code 137} for onOffice's "HMAC invalid"
 * @param message the service's message for the code, as received (may be empty)
 * @param actionIndex position of the failed action in a batched request (0-based), or -1 when the
 *     error concerns the whole request
 */
public record ServiceError(String service, int code, String message, int actionIndex) {

  /**
   * Validates the parts.
   *
   * @param service the API that sent the code
   * @param code the service's error code
   * @param message the service's message, as received
   * @param actionIndex 0-based action position, or -1
   */
  public ServiceError {
    if (service.isBlank()) {
      throw new IllegalArgumentException("service must not be blank");
    }
    if (actionIndex < -1) {
      throw new IllegalArgumentException(
          "actionIndex must be -1 or a position, was " + actionIndex);
    }
  }
}
