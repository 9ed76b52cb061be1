package io.ghlsync.ghl.internal;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.util.Optional;

/**
 * Parses the date strings GHL sends, without ever throwing: ISO instants with or without
 * milliseconds, ISO offsets, epoch milliseconds, plain dates ({@code 1990-09-25}, read as UTC
 * midnight) and zone-less {@code 2021-07-16 11:00:00} (which has no instant, only a local time).
 */
public final class LenientDates {
  private static final DateTimeFormatter LOCAL =
      new DateTimeFormatterBuilder()
          .append(DateTimeFormatter.ISO_LOCAL_DATE)
          .optionalStart()
          .appendLiteral('T')
          .optionalEnd()
          .optionalStart()
          .appendLiteral(' ')
          .optionalEnd()
          .append(DateTimeFormatter.ISO_LOCAL_TIME)
          .toFormatter();

  private LenientDates() {}

  /**
   * The instant a GHL date string denotes, if it denotes one.
   *
   * @param text the raw value
   * @return the instant, or empty when the text is odd or has no time zone
   */
  public static Optional<Instant> instant(String text) {
    String t = text.trim();
    if (t.isEmpty()) {
      return Optional.empty();
    }
    if (t.chars().allMatch(Character::isDigit) && t.length() >= 10 && t.length() <= 15) {
      return Optional.of(Instant.ofEpochMilli(Long.parseLong(t)));
    }
    try {
      return Optional.of(OffsetDateTime.parse(t).toInstant());
    } catch (DateTimeException e) {
      // not an ISO date-time with offset; try a plain date below
    }
    return localDate(t)
        .filter(d -> t.length() == 10)
        .map(d -> d.atStartOfDay(ZoneOffset.UTC).toInstant());
  }

  /**
   * The calendar date at the start of a GHL date string ({@code 1990-09-25} or {@code
   * 1990-09-25T00:00:00.000Z}).
   *
   * @param text the raw value
   * @return the date, or empty when the text does not start with an ISO date
   */
  public static Optional<LocalDate> localDate(String text) {
    String t = text.trim();
    if (t.length() < 10) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(t.substring(0, 10)));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  /**
   * A zone-less local date-time such as {@code 2021-07-16 11:00:00} (appointment times).
   *
   * @param text the raw value
   * @return the local date-time, or empty when the text is not of that form
   */
  public static Optional<LocalDateTime> localDateTime(String text) {
    try {
      return Optional.of(LocalDateTime.parse(text.trim(), LOCAL));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }
}
