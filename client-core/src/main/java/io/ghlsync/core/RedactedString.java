package io.ghlsync.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Builds the {@code toString} of a model that may hold personal data: harmless components (ids,
 * dates, status, counts) are shown, the others only by name. Absent values are left out.
 *
 * <p>Example: {@code RedactedString.of("Task").with("id", id).hidden("title", "body").toString()}
 * gives {@code Task[id=t1, redacted: title, body]}.
 */
public final class RedactedString {
  private final StringBuilder out;
  private final List<String> hidden = new ArrayList<>();
  private boolean first = true;

  private RedactedString(String type) {
    this.out = new StringBuilder(type).append('[');
  }

  /**
   * Starts the text of one value.
   *
   * @param type the type name shown first
   * @return a builder
   */
  public static RedactedString of(String type) {
    return new RedactedString(type);
  }

  /**
   * Shows a harmless component (an {@link Optional} is unwrapped; absent or null is left out).
   *
   * @param name the component name
   * @param value the value
   * @return this builder
   */
  public RedactedString with(String name, @Nullable Object value) {
    Object shown = value instanceof Optional<?> o ? o.orElse(null) : value;
    if (shown != null) {
      out.append(first ? "" : ", ").append(name).append('=').append(shown);
      first = false;
    }
    return this;
  }

  /**
   * Names components whose values are never shown.
   *
   * @param names the component names
   * @return this builder
   */
  public RedactedString hidden(String... names) {
    hidden.addAll(List.of(names));
    return this;
  }

  @Override
  public String toString() {
    StringBuilder text = new StringBuilder(out);
    if (!hidden.isEmpty()) {
      text.append(first ? "" : ", ").append("redacted: ").append(String.join(", ", hidden));
    }
    return text.append(']').toString();
  }
}
