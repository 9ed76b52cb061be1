package io.ghlsync.onoffice.model;

import java.util.Optional;

/** Task {@code Prio}: 1 highest to 5 lowest. */
public enum TaskPriority {
  /** 1. */
  HIGHEST(1),
  /** 2. */
  HIGH(2),
  /** 3. */
  NORMAL(3),
  /** 4. */
  LOW(4),
  /** 5. */
  LOWEST(5);

  private final int code;

  TaskPriority(int code) {
    this.code = code;
  }

  /**
   * The value sent as {@code Prio}.
   *
   * @return the code, 1 (highest) to 5 (lowest)
   */
  public int code() {
    return code;
  }

  /**
   * The priority of a code.
   *
   * @param code 1..5
   * @return the priority, or empty for another code
   */
  public static Optional<TaskPriority> of(int code) {
    for (TaskPriority p : values()) {
      if (p.code == code) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }
}
