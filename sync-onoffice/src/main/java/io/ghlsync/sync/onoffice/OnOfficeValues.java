package io.ghlsync.sync.onoffice;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The onOffice edge of the value model. Mapped values keep their types until here: {@link #toWire}
 * converts them once into what the onOffice client sends (an {@link OffsetDateTime} becomes
 * onOffice's local date/time in the account's zone; the client writes {@link LocalDateTime} and
 * {@link LocalDate} as {@code yyyy-MM-dd HH:mm:ss} and {@code yyyy-MM-dd}), and {@link #decode}
 * turns a date/time onOffice returns as text back into the type of the mapped value it is compared
 * with, so an unchanged date compares equal.
 */
final class OnOfficeValues {
  private static final DateTimeFormatter DATE_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  private OnOfficeValues() {}

  /** The value as the onOffice client takes it: dates with an offset in the account's zone. */
  static Object toWire(Object value, ZoneId zone) {
    if (value instanceof OffsetDateTime t) {
      return t.atZoneSameInstant(zone).toLocalDateTime();
    }
    if (value instanceof List<?> list) {
      List<Object> out = new ArrayList<>(list.size());
      list.forEach(o -> out.add(toWire(o, zone)));
      return out;
    }
    if (value instanceof Map<?, ?> map) {
      Map<Object, Object> out = new LinkedHashMap<>();
      map.forEach((k, v) -> out.put(k, toWire(v, zone)));
      return out;
    }
    return value;
  }

  /**
   * A value read from onOffice in the model, shaped like the mapped value it is compared with: when
   * the mapped value is a date and onOffice returned its text ({@code 2025-02-08 11:13:30} or
   * {@code 2025-02-08}), the date; otherwise the value as read.
   */
  static Object decode(Object read, Object like, ZoneId zone) {
    if (!(read instanceof String text)
        || !(like instanceof OffsetDateTime
            || like instanceof LocalDateTime
            || like instanceof LocalDate)) {
      return read;
    }
    LocalDateTime local;
    try {
      local =
          text.length() == 10
              ? LocalDate.parse(text).atStartOfDay()
              : LocalDateTime.parse(text, DATE_TIME);
    } catch (DateTimeParseException notADate) {
      return read;
    }
    if (like instanceof OffsetDateTime mapped) {
      return local.atZone(zone).toOffsetDateTime().withOffsetSameInstant(mapped.getOffset());
    }
    return like instanceof LocalDate ? local.toLocalDate() : local;
  }

  /** onOffice's text of a date/time, for a value typed {@link LocalDateTime} at the edge. */
  static LocalDateTime dateTime(Object value, ZoneId zone, String field) {
    Object wire = toWire(value, zone);
    if (wire instanceof LocalDateTime t) {
      return t;
    }
    if (wire instanceof LocalDate d) {
      return d.atStartOfDay();
    }
    String text = String.valueOf(wire);
    try {
      return LocalDateTime.parse(text, DATE_TIME);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          "onOffice field '"
              + field
              + "' needs a date/time; map it with a dateTime transform (no pattern needed)",
          e);
    }
  }
}
