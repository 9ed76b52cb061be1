package io.ghlsync.sync.store;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The in-memory {@link CursorStore} of one scope. */
final class InMemoryCursorStore implements CursorStore {
  private final Map<String, String> values = new ConcurrentHashMap<>();

  @Override
  public Optional<String> get(String name) {
    return Optional.ofNullable(values.get(name));
  }

  @Override
  public void put(String name, String value) {
    values.put(name, value);
  }

  @Override
  public boolean compareAndSet(String name, Optional<String> expected, String value) {
    return expected.isPresent()
        ? values.replace(name, expected.get(), value)
        : values.putIfAbsent(name, value) == null;
  }

  @Override
  public void remove(String name) {
    values.remove(name);
  }
}
