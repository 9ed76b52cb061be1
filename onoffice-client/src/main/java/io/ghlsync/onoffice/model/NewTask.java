package io.ghlsync.onoffice.model;

import java.util.Collections;
import java.util.Map;

/**
 * A new task ({@code create task}): fields in {@code parameters.data}, links at the top level.
 *
 * <p>Example: {@code NewTask.builder().betreff("Call back").prio(TaskPriority.NORMAL)
 * .status(TaskStatus.NOT_STARTED).relatedAddressId(247).build()}
 */
public final class NewTask {
  private final Map<String, Object> parameters;

  private NewTask(Map<String, Object> parameters) {
    this.parameters = Collections.unmodifiableMap(parameters);
  }

  /**
   * Starts a new task.
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
    return "NewTask" + parameters.keySet();
  }

  /** Builder of a {@link NewTask}. */
  public static final class Builder extends TaskWriteBuilder<Builder> {
    private Builder() {}

    @Override
    Builder self() {
      return this;
    }

    /**
     * Builds the task.
     *
     * @return the task
     * @throws IllegalArgumentException if nothing is set
     */
    public NewTask build() {
      return new NewTask(parameters("a new task"));
    }
  }
}
