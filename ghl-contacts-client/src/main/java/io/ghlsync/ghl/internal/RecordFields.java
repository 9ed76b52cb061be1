package io.ghlsync.ghl.internal;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Names of the fields a request record sets, for {@code toString} without personal data. */
public final class RecordFields {
  private RecordFields() {}

  /**
   * The components of a record that hold a value: present optionals, non-empty collections; the
   * members of {@link Inline} components are listed by their own names.
   *
   * @param record the record
   * @return the component names, in declaration order
   */
  public static List<String> present(Record record) {
    List<String> names = new ArrayList<>();
    for (RecordComponent c : record.getClass().getRecordComponents()) {
      if (c.getAnnotation(ExplicitNulls.class) != null) {
        continue;
      }
      Object value;
      try {
        value = c.getAccessor().invoke(record);
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException("cannot read " + c.getName(), e);
      }
      if (c.getAnnotation(Inline.class) != null) {
        if (value instanceof Record inner) {
          names.addAll(present(inner));
        } else if (value instanceof Map<?, ?> extra) {
          extra.keySet().forEach(k -> names.add(String.valueOf(k)));
        }
        continue;
      }
      boolean set =
          value instanceof Optional<?> o
              ? o.isPresent()
              : value instanceof Collection<?> items ? !items.isEmpty() : value != null;
      if (set) {
        names.add(c.getName());
      }
    }
    return names;
  }
}
