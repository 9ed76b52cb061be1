package io.ghlsync.ghl.webhook;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/** Listeners by event type; runs every matching one and collects what they throw. */
final class ListenerRegistry {
  private final List<Consumer<WebhookEvent>> listeners = new CopyOnWriteArrayList<>();

  <E extends WebhookEvent> void add(Class<E> type, Consumer<? super E> listener) {
    listeners.add(
        event -> {
          if (type.isInstance(event)) {
            listener.accept(type.cast(event));
          }
        });
  }

  /** Runs all matching listeners in registration order; returns the failures, in that order. */
  List<RuntimeException> dispatch(WebhookEvent event) {
    List<RuntimeException> failures = new ArrayList<>();
    for (Consumer<WebhookEvent> listener : listeners) {
      try {
        listener.accept(event);
      } catch (RuntimeException e) {
        failures.add(e);
      }
    }
    return failures;
  }
}
