package io.ghlsync.onoffice;

/**
 * Implemented by every exception raised for an onOffice error code, so that callers who catch the
 * {@code client-core} types can still read the code: {@code if (e instanceof OnOfficeFailure f)
 * f.errorCode()}.
 */
public interface OnOfficeFailure {

  /**
   * onOffice's {@code errorcode}, e.g. {@code 137} for an invalid HMAC.
   *
   * @return the error code
   */
  int errorCode();

  /**
   * onOffice's {@code message} for the code, as received.
   *
   * @return the error message
   */
  String errorMessage();

  /**
   * Position of the failed action in its request (0-based), or -1 for a request-level error.
   *
   * @return the 0-based position, or -1
   */
  int actionIndex();
}
