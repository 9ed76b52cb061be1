package io.ghlsync.onoffice;

import io.ghlsync.core.ApiException;
import io.ghlsync.core.ErrorDetails;

/**
 * An onOffice error code without a more specific meaning; {@link #errorCode()} and {@link
 * #errorMessage()} keep what onOffice said.
 */
public final class OnOfficeApiException extends ApiException implements OnOfficeFailure {
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
  public OnOfficeApiException(
      ErrorDetails details, int errorCode, String errorMessage, int actionIndex) {
    super(details, false, null);
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
