package io.ghlsync.onoffice.model;

import java.util.Collections;
import java.util.Map;

/**
 * Changes to a task ({@code modify task}, {@code resourceid} = the task id); onOffice logs them in
 * the task's comments.
 *
 * <p>Example: {@code TaskChanges.builder().status(TaskStatus.COMPLETED).erledigt(true).build()}
 */
public final class TaskChanges {
  private final Map<String, Object> parameters;

  private TaskChanges(Map<String, Object> parameters) {
    this.parameters = Collections.unmodifiableMap(parameters);
  }

  /**
   * Starts a set of changes.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The parameters as sent.
   *
   * @return the parameters (unmodifiable)
   */
  public Map<String, Object> toParameters() {
    return parameters;
  }

  @Override
  public String toString() {
    return "TaskChanges" + parameters.keySet();
  }

  /** Builder of {@link TaskChanges}. */
  public static final class Builder extends TaskWriteBuilder<Builder> {
    private Builder() {}

    @Override
    Builder self() {
      return this;
    }

    /**
     * Sets {@code erledigt} (done).
     *
     * @param value whether the task is done
     * @return this builder
     */
    public Builder erledigt(boolean value) {
      return field(TaskFields.ERLEDIGT, value);
    }

    /**
     * Sets {@code Stand} (progress).
     *
     * @param percent 0, 25, 50, 75 or 100
     * @return this builder
     */
    public Builder stand(int percent) {
      if (percent < 0 || percent > 100 || percent % 25 != 0) {
        throw new IllegalArgumentException("Stand must be 0, 25, 50, 75 or 100, was " + percent);
      }
      return field(TaskFields.STAND, percent);
    }

    /**
     * Builds the changes.
     *
     * @return the changes
     * @throws IllegalArgumentException if nothing is set
     */
    public TaskChanges build() {
      return new TaskChanges(parameters("task changes"));
    }
  }
}
