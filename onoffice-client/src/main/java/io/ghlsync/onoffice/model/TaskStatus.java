package io.ghlsync.onoffice.model;

import java.util.Optional;

/** Task {@code Status} codes 1..8. */
public enum TaskStatus {
  /** 1. */
  NOT_STARTED(1),
  /** 2. */
  IN_PROCESS(2),
  /** 3. */
  COMPLETED(3),
  /** 4. */
  DEFERRED(4),
  /** 5. */
  CANCELLED(5),
  /** 6. */
  MISCELLANEOUS(6),
  /** 7. */
  CHECKED(7),
  /** 8. */
  NEED_CLARIFICATION(8);

  private final int code;

  TaskStatus(int code) {
    this.code = code;
  }

  /**
   * The value sent as {@code Status}.
   *
   * @return the code, 1..8
   */
  public int code() {
    return code;
  }

  /**
   * The status of a code.
   *
   * @param code 1..8
   * @return the status, or empty for another code
   */
  public static Optional<TaskStatus> of(int code) {
    for (TaskStatus s : values()) {
      if (s.code == code) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }
}
