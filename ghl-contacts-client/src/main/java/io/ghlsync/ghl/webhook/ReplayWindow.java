package io.ghlsync.ghl.webhook;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Refuses events whose {@code timestamp} lies outside {@code [now - maxAge - skew, now + skew]}:
 * old captures replayed later, and timestamps from a sender clock too far ahead.
 */
final class ReplayWindow {
  private final Duration maxAge;
  private final Duration clockSkew;
  private final boolean requireTimestamp;

  ReplayWindow(Duration maxAge, Duration clockSkew, boolean requireTimestamp) {
    this.maxAge = maxAge;
    this.clockSkew = clockSkew;
    this.requireTimestamp = requireTimestamp;
  }

  /** How long a seen id must be remembered to cover every instant this window accepts. */
  Duration span() {
    return maxAge.plus(clockSkew).plus(clockSkew);
  }

  /** Empty if the event is fresh enough, else the rejection. */
  Optional<WebhookResult.Rejected> check(EventTime timestamp, Instant now) {
    if (!timestamp.isPresent()) {
      return requireTimestamp
          ? reject(
              RejectionReason.MISSING_TIMESTAMP,
              "payload has no timestamp; replay protection needs it (requireTimestamp)")
          : Optional.empty();
    }
    Optional<Instant> sent = timestamp.instant();
    if (sent.isEmpty()) {
      return reject(
          RejectionReason.INVALID_TIMESTAMP,
          "timestamp is not ISO-8601 with an offset or epoch milliseconds");
    }
    Instant oldest = now.minus(maxAge).minus(clockSkew);
    Instant newest = now.plus(clockSkew);
    if (sent.get().isBefore(oldest)) {
      return reject(
          RejectionReason.STALE_TIMESTAMP,
          "timestamp "
              + sent.get()
              + " is older than the replay window of "
              + maxAge
              + " (+"
              + clockSkew
              + " skew) at "
              + now);
    }
    if (sent.get().isAfter(newest)) {
      return reject(
          RejectionReason.STALE_TIMESTAMP,
          "timestamp " + sent.get() + " is more than " + clockSkew + " ahead of " + now);
    }
    return Optional.empty();
  }

  private static Optional<WebhookResult.Rejected> reject(RejectionReason reason, String message) {
    return Optional.of(new WebhookResult.Rejected(reason, message));
  }
}
