package io.ghlsync.sync.mapping;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;

/**
 * Parses the date/time shapes GHL sends and writes them in an explicit zone. Accepted input: an ISO
 * instant or date-time with offset ({@code 2020-10-25T11:00:00Z}, {@code
 * 2023-09-25T16:00:00+05:30}); a local date-time ({@code 2021-07-16 11:00:00} or with {@code T}) or
 * date ({@code 1990-09-25}) when an input zone is set; a number as epoch milliseconds.
 */
final class DateTimes {
  private DateTimes() {}

  /**
   * The value in the output zone: typed ({@link OffsetDateTime}) without a pattern, so it stays a
   * date until a connector writes it; the text in the pattern otherwise.
   */
  static Object format(Object value, ZoneId zone, Optional<ZoneId> inputZone, String pattern) {
    ZonedDateTime time = parse(value, inputZone).atZone(zone);
    if (pattern.isEmpty()) {
      return time.toOffsetDateTime();
    }
    return DateTimeFormatter.ofPattern(pattern, Locale.ROOT).format(time);
  }

  static Instant parse(Object value, Optional<ZoneId> inputZone) {
    if (value instanceof Number n) {
      return Instant.ofEpochMilli(n.longValue());
    }
    if (value instanceof OffsetDateTime t) {
      return t.toInstant();
    }
    String text = FieldValues.text(value).strip();
    // A LocalDateTime or LocalDate value reads like its ISO text below.
    try {
      return OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeParseException notOffset) {
      // fall through to the shapes without an offset
    }
    ZoneId local =
        inputZone.orElseThrow(
            () ->
                new MappingException(
                    "date/time value carries no zone offset; set inputZone on the dateTime"
                        + " transform"));
    try {
      return LocalDateTime.parse(text.replace(' ', 'T')).atZone(local).toInstant();
    } catch (DateTimeParseException notLocalDateTime) {
      try {
        return LocalDate.parse(text).atStartOfDay(local).toInstant();
      } catch (DateTimeParseException e) {
        throw new MappingException("value is not an ISO-8601 date/time or date", e);
      }
    }
  }
}
