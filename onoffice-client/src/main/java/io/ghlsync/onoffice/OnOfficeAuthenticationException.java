package io.ghlsync.onoffice;

import io.ghlsync.core.AuthenticationException;
import io.ghlsync.core.ErrorDetails;

/**
 * onOffice refused the credentials: unknown token, invalid HMAC or wrong secret (codes 13, 22,
 * 40-49, 137, 243), or a timestamp still outside the window after re-signing once (136).
 */
public final class OnOfficeAuthenticationException extends AuthenticationException
    implements OnOfficeFailure {
  private static final long serialVersionUID = 1L;

  /** onOffice's {@code errorcode}. */
  private final int errorCode;

  /** onOffice's message for the code, as received. */
  private final String errorMessage;

  /** Position of the action in its request (0-based), or -1 for a request-level error. */
  private final int actionIndex;

  /**
   * Creates the exception.
   *
   * @param details the parsed details (context, status, messages)
   * @param errorCode onOffice's errorcode
   * @param errorMessage onOffice's message
   * @param actionIndex position of the action in its request, or -1
   */
  public OnOfficeAuthenticationException(
      ErrorDetails details, int errorCode, String errorMessage, int actionIndex) {
    super(details, null);
    this.errorCode = errorCode;
    this.errorMessage = errorMessage;
    this.actionIndex = actionIndex;
  }

  @Override
  public int errorCode() {
    return errorCode;
  }

  @Override
  public String errorMessage() {
    return errorMessage;
  }

  @Override
  public int actionIndex() {
    return actionIndex;
  }
}
