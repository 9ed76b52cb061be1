package io.ghlsync.sync.score;

/**
 * A scoring or activity-rules file is invalid: unknown key or field, bad template, impossible
 * threshold, duplicate rule id. The message names the file, the rule and the fix. Thrown at load,
 * never while syncing.
 */
public class RuleFileException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what is wrong, naming the rule and the fix
   */
  public RuleFileException(String message) {
    super(message);
  }
}
