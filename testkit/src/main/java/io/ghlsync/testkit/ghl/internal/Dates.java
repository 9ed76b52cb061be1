package io.ghlsync.testkit.ghl.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

/** GHL's date formats: ISO-8601 UTC with milliseconds, and the date-of-birth input formats. */
public final class Dates {
  private static final DateTimeFormatter ISO_MILLIS =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);
  private static final List<DateTimeFormatter> BIRTH_FORMATS =
      List.of(
          DateTimeFormatter.ofPattern("yyyy/MM/dd"),
          DateTimeFormatter.ofPattern("MM/dd/yyyy"),
          DateTimeFormatter.ofPattern("yyyy-MM-dd"),
          DateTimeFormatter.ofPattern("MM-dd-yyyy"),
          DateTimeFormatter.ofPattern("yyyy.MM.dd"),
          DateTimeFormatter.ofPattern("MM.dd.yyyy"),
          DateTimeFormatter.ofPattern("yyyy_MM_dd"),
          DateTimeFormatter.ofPattern("MM_dd_yyyy"));

  private Dates() {}

  /**
   * Formats an instant like GHL does ({@code 2021-11-26T12:41:02.193Z}).
   *
   * @param instant the instant
   * @return the text
   */
  public static String format(Instant instant) {
    return ISO_MILLIS.format(instant);
  }

  /**
   * Parses an ISO-8601 instant or offset date-time.
   *
   * @param text the text
   * @return the instant, if the text is one
   */
  public static Optional<Instant> parseInstant(String text) {
    try {
      return Optional.of(Instant.parse(text));
    } catch (DateTimeParseException e) {
      try {
        return Optional.of(OffsetDateTime.parse(text).toInstant());
      } catch (DateTimeParseException e2) {
        try {
          return Optional.of(LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant());
        } catch (DateTimeParseException e3) {
          return Optional.empty();
        }
      }
    }
  }

  /**
   * Parses a date of birth in any format GHL accepts and renders it as GHL reads it back.
   *
   * @param text e.g. {@code 1990-09-25} or {@code 09/25/1990}
   * @return e.g. {@code 1990-09-25T00:00:00.000Z}, if the text is a date GHL accepts
   */
  public static Optional<String> birthDate(String text) {
    for (DateTimeFormatter format : BIRTH_FORMATS) {
      try {
        LocalDate date = LocalDate.parse(text, format);
        return Optional.of(format(date.atStartOfDay(ZoneOffset.UTC).toInstant()));
      } catch (DateTimeParseException e) {
        // try the next accepted format
      }
    }
    return parseInstant(text).map(Dates::format);
  }
}
