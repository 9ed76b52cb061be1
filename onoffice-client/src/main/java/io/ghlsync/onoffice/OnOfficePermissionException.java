package io.ghlsync.onoffice;

import io.ghlsync.core.ErrorDetails;
import io.ghlsync.core.PermissionException;

/**
 * The API user lacks a right for the action (codes 131, 149, 156, 158, 170, 174, 183, 193, 253,
 * 261, 262).
 */
public final class OnOfficePermissionException extends PermissionException
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
  public OnOfficePermissionException(
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
