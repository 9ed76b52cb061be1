package io.ghlsync.sync.enrich;

import io.ghlsync.sync.mapping.SourceRecord;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reading typed values out of source records, leniently: odd values read as absent. */
final class SourceValues {
  private SourceValues() {}

  static Optional<String> text(SourceRecord record, String path) {
    return record
        .get(path)
        .filter(v -> v instanceof String || v instanceof Number || v instanceof Boolean)
        .map(String::valueOf)
        .map(String::strip)
        .filter(s -> !s.isEmpty());
  }

  static List<String> texts(SourceRecord record, String path) {
    List<String> out = new ArrayList<>();
    Optional<Object> value = record.get(path);
    if (value.isPresent() && value.get() instanceof List<?> list) {
      for (Object o : list) {
        if (o instanceof String s && !s.isBlank()) {
          out.add(s.strip());
        }
      }
    } else {
      text(record, path).ifPresent(out::add);
    }
    return out;
  }

  static boolean flag(SourceRecord record, String path) {
    Optional<Object> value = record.get(path);
    return value.isPresent()
        && (Boolean.TRUE.equals(value.get()) || "true".equalsIgnoreCase(value.get().toString()));
  }

  /**
   * An instant from the shapes GHL sends: ISO with offset, ISO local date-time (read as UTC, as GHL
   * stores them) or epoch milliseconds.
   */
  static Optional<Instant> instant(SourceRecord record, String path) {
    Optional<Object> value = record.get(path);
    if (value.isEmpty()) {
      return Optional.empty();
    }
    if (value.get() instanceof Number n) {
      return Optional.of(Instant.ofEpochMilli(n.longValue()));
    }
    String text = value.get().toString().strip();
    try {
      return Optional.of(OffsetDateTime.parse(text).toInstant());
    } catch (DateTimeParseException notOffset) {
      try {
        return Optional.of(LocalDateTime.parse(text.replace(' ', 'T')).toInstant(ZoneOffset.UTC));
      } catch (DateTimeParseException odd) {
        return Optional.empty();
      }
    }
  }
}
