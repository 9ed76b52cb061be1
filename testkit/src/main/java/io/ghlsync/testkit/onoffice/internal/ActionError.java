package io.ghlsync.testkit.onoffice.internal;

/** An onOffice error code for one action, thrown by handlers and turned into the result status. */
public final class ActionError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int code;

  /**
   * Creates the error.
   *
   * @param code onOffice's errorcode
   * @param message onOffice's message
   */
  public ActionError(int code, String message) {
    super(message, null, false, false);
    this.code = code;
  }

  /** The errorcode. */
  public int code() {
    return code;
  }
}
