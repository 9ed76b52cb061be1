package io.ghlsync.sync.mapping;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Where a rule's value comes from: a source path, a constant, or several paths concatenated. */
public sealed interface ValueSource {

  /**
   * Reads the value from a record.
   *
   * @param record the source record
   * @return the value, empty when there is none
   */
  Optional<Object> read(SourceRecord record);

  /**
   * The value at a path of the source record, e.g. {@code firstName} or {@code customFields.abc}.
   *
   * @param path the dot-separated path
   */
  record Path(String path) implements ValueSource {
    /**
     * Validates the path.
     *
     * @param path the dot-separated path
     */
    public Path {
      if (path.isBlank() || path.startsWith(".") || path.endsWith(".") || path.contains("..")) {
        throw new IllegalArgumentException("source path must be a non-blank dotted path: " + path);
      }
    }

    @Override
    public Optional<Object> read(SourceRecord record) {
      return record.get(path);
    }
  }

  /**
   * The same value for every record.
   *
   * @param value a String, Boolean, Number, List or Map
   */
  record Constant(Object value) implements ValueSource {
    /**
     * Normalises the value.
     *
     * @param value a String, Boolean, Number, List or Map
     */
    public Constant {
      value = FieldValues.normalize(value, "constant");
    }

    @Override
    public Optional<Object> read(SourceRecord record) {
      return Optional.of(value);
    }
  }

  /**
   * The text of several paths joined by a separator; paths without a value are left out, and no
   * value remains when all are empty.
   *
   * @param paths the source paths, at least one
   * @param separator placed between the parts, e.g. a space
   */
  record Concat(List<String> paths, String separator) implements ValueSource {
    /**
     * Validates and copies the paths.
     *
     * @param paths the source paths, at least one
     * @param separator placed between the parts, e.g. a space
     */
    public Concat {
      Objects.requireNonNull(separator, "separator");
      if (paths.isEmpty()) {
        throw new IllegalArgumentException("concat needs at least one source path");
      }
      paths.forEach(Path::new);
      paths = List.copyOf(paths);
    }

    @Override
    public Optional<Object> read(SourceRecord record) {
      List<String> parts = new ArrayList<>();
      for (String path : paths) {
        record
            .get(path)
            .map(FieldValues::text)
            .map(String::strip)
            .filter(s -> !s.isEmpty())
            .ifPresent(parts::add);
      }
      return parts.isEmpty() ? Optional.empty() : Optional.of(String.join(separator, parts));
    }
  }
}
