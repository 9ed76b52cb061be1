package io.ghlsync.sync.mapping;

/**
 * A mapping is invalid (found when it is built or loaded) or could not be applied to a record (a
 * required value is missing, a phone number cannot be normalised...). The message names the rule
 * and says what to fix. Applying the same record again fails the same way, so the engine does not
 * retry it: the work item goes to the dead-letter list with this message.
 */
public class MappingException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what is wrong, naming the rule and the fix
   */
  public MappingException(String message) {
    super(message);
  }

  /**
   * Creates the exception with a cause.
   *
   * @param message what is wrong, naming the rule and the fix
   * @param cause the underlying error
   */
  public MappingException(String message, Throwable cause) {
    super(message, cause);
  }
}
