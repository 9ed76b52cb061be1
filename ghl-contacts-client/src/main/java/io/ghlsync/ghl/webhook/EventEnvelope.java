package io.ghlsync.ghl.webhook;

import java.util.Objects;

/**
 * The fields every GHL webhook carries besides its payload.
 *
 * @param type the {@code type} field as sent, e.g. {@code ContactUpdate} or {@code INSTALL}
 * @param locationId the sub-account (location) id; empty when the payload has none (e.g. an
 *     agency-level install)
 * @param webhookId the delivery id used for duplicate detection; empty when the payload has none
 *     and the handler was configured not to require it
 * @param timestamp when GHL sent the event; absent when the payload has none and the handler was
 *     configured not to require it
 */
public record EventEnvelope(String type, String locationId, String webhookId, EventTime timestamp) {
  /**
   * Validates the components.
   *
   * @param type the {@code type} field as sent, e.g. {@code ContactUpdate} or {@code INSTALL}
   * @param locationId the sub-account (location) id; empty when the payload has none (e.g. an
   *     agency-level install)
   * @param webhookId the delivery id used for duplicate detection; empty when the payload has none
   *     and the handler was configured not to require it
   * @param timestamp when GHL sent the event; absent when the payload has none and the handler was
   *     configured not to require it
   */
  public EventEnvelope {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(locationId, "locationId");
    Objects.requireNonNull(webhookId, "webhookId");
    Objects.requireNonNull(timestamp, "timestamp");
  }
}
