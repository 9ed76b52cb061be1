package io.ghlsync.ghl.webhook;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;

/**
 * A date-time from a webhook payload, kept exactly as sent and parsed where possible.
 *
 * <p>GHL sends ISO-8601 text with an offset ({@code 2021-11-26T12:41:02.193Z}, {@code
 * 2023-09-25T16:00:00+05:30}); the offset is preserved by {@link #offsetDateTime()}. A numeric
 * value is read as epoch milliseconds when it has 12 or more digits and as epoch seconds otherwise.
 * A field the payload omits is {@link #absent()} (empty raw text).
 *
 * @param raw the text as sent; empty when the payload has no such field
 */
public record EventTime(String raw) {
  private static final EventTime ABSENT = new EventTime("");
  private static final int MILLIS_DIGITS = 12;

  /**
   * Validates the component.
   *
   * @param raw the text as sent; empty when the payload has no such field
   */
  public EventTime {
    Objects.requireNonNull(raw, "raw");
  }

  /**
   * The value for a field the payload does not contain.
   *
   * @return an absent time
   */
  public static EventTime absent() {
    return ABSENT;
  }

  /**
   * Whether the payload contained this field.
   *
   * @return false for {@link #absent()}
   */
  public boolean isPresent() {
    return !raw.isEmpty();
  }

  /**
   * The time with the offset the payload used.
   *
   * @return the parsed value; empty if absent or not ISO-8601 with an offset (epoch numbers resolve
   *     to UTC)
   */
  public Optional<OffsetDateTime> offsetDateTime() {
    if (isEpochNumber()) {
      return instant().map(i -> i.atOffset(ZoneOffset.UTC));
    }
    try {
      return Optional.of(OffsetDateTime.parse(raw));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  /**
   * The instant on the time line.
   *
   * @return the parsed instant; empty if absent or unparseable
   */
  public Optional<Instant> instant() {
    if (isEpochNumber()) {
      try {
        long n = Long.parseLong(raw);
        return Optional.of(
            raw.length() >= MILLIS_DIGITS ? Instant.ofEpochMilli(n) : Instant.ofEpochSecond(n));
      } catch (NumberFormatException | DateTimeException e) {
        return Optional.empty();
      }
    }
    return offsetDateTime().map(OffsetDateTime::toInstant);
  }

  private boolean isEpochNumber() {
    return !raw.isEmpty() && raw.chars().allMatch(c -> c >= '0' && c <= '9');
  }
}
