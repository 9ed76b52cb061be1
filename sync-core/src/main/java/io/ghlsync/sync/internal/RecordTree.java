package io.ghlsync.sync.internal;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;

/**
 * Turns a client model record (GHL contact, task, note) into a JSON-like tree that mapping rules
 * read by path. Every record component becomes a field of the same name, so new model fields are
 * mappable without code here; empty optionals and empty lists are left out.
 */
public final class RecordTree {
  private RecordTree() {}

  /**
   * Converts a record.
   *
   * @param record a Java record
   * @return its components as a map
   */
  public static Map<String, Object> of(Record record) {
    Map<String, Object> out = new LinkedHashMap<>();
    for (RecordComponent component : record.getClass().getRecordComponents()) {
      Object raw;
      try {
        raw = component.getAccessor().invoke(record);
      } catch (IllegalAccessException | InvocationTargetException e) {
        throw new IllegalStateException(
            "cannot read " + record.getClass().getSimpleName() + "." + component.getName(), e);
      }
      Object value = convert(raw);
      if (value != null) {
        out.put(component.getName(), value);
      }
    }
    return out;
  }

  private static @Nullable Object convert(@Nullable Object raw) {
    if (raw == null) {
      return null;
    }
    if (raw instanceof Optional<?> o) {
      return o.isPresent() ? convert(o.get()) : null;
    }
    if (raw instanceof OptionalInt o) {
      return o.isPresent() ? (Object) (long) o.getAsInt() : null;
    }
    if (raw instanceof OptionalLong o) {
      return o.isPresent() ? (Object) o.getAsLong() : null;
    }
    if (raw instanceof OptionalDouble o) {
      return o.isPresent() ? (Object) o.getAsDouble() : null;
    }
    if (raw instanceof String || raw instanceof Boolean || raw instanceof Number) {
      return raw;
    }
    if (raw instanceof Enum<?> e) {
      return e.name();
    }
    if (raw instanceof Record r) {
      return of(r);
    }
    if (raw instanceof Collection<?> c) {
      List<Object> out = new ArrayList<>();
      for (Object o : c) {
        Object v = convert(o);
        if (v != null) {
          out.add(v);
        }
      }
      return out.isEmpty() ? null : out;
    }
    if (raw instanceof Map<?, ?> m) {
      Map<String, Object> out = new LinkedHashMap<>();
      m.forEach(
          (k, v) -> {
            Object c = convert(v);
            if (c != null) {
              out.put(String.valueOf(k), c);
            }
          });
      return out;
    }
    return raw.toString();
  }
}
