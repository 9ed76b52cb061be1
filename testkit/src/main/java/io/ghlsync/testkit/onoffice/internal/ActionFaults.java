package io.ghlsync.testkit.onoffice.internal;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.Optional;

/**
 * Scripted per-action errors: the next matching actions answer with an onOffice error code instead
 * of being processed (e.g. 174 missing rights, 136 timestamp, 137 HMAC). Thread-safe.
 */
public final class ActionFaults {
  private final Deque<Scripted> scripted = new ArrayDeque<>();

  /**
   * Queues an error for the next matching actions.
   *
   * @param action short action name or {@code "*"}
   * @param resourceType resource type or {@code "*"}
   * @param code the errorcode
   * @param message the message
   * @param times how many actions get it
   */
  public synchronized void add(
      String action, String resourceType, int code, String message, int times) {
    if (times < 1) {
      throw new IllegalArgumentException("times must be at least 1: " + times);
    }
    scripted.addLast(new Scripted(action, resourceType, code, message, times));
  }

  /**
   * Takes the error for an action, if one is queued for it.
   *
   * @param action the short action name
   * @param resourceType the resource type
   * @return the error to answer with
   */
  public synchronized Optional<ActionError> next(String action, String resourceType) {
    for (Iterator<Scripted> it = scripted.iterator(); it.hasNext(); ) {
      Scripted s = it.next();
      if ((s.action.equals("*") || s.action.equals(action))
          && (s.resourceType.equals("*") || s.resourceType.equals(resourceType))) {
        if (--s.remaining == 0) {
          it.remove();
        }
        return Optional.of(new ActionError(s.code, s.message));
      }
    }
    return Optional.empty();
  }

  /** Drops every queued error. */
  public synchronized void clear() {
    scripted.clear();
  }

  private static final class Scripted {
    final String action;
    final String resourceType;
    final int code;
    final String message;
    int remaining;

    Scripted(String action, String resourceType, int code, String message, int remaining) {
      this.action = action;
      this.resourceType = resourceType;
      this.code = code;
      this.message = message;
      this.remaining = remaining;
    }
  }
}
