package io.ghlsync.ghl.webhook;

import java.util.Objects;

/**
 * The do-not-disturb state of one channel (SMS, Email, GMB, FB, WhatsApp, Call) in a {@code
 * ContactDndUpdate} payload. Fields the payload omits are empty strings.
 *
 * @param status e.g. {@code active} or {@code inactive}
 * @param message the reason text
 * @param code the reason code
 */
public record DndChannelStatus(String status, String message, String code) {
  /**
   * Validates the components.
   *
   * @param status e.g. {@code active} or {@code inactive}
   * @param message the reason text
   * @param code the reason code
   */
  public DndChannelStatus {
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(code, "code");
  }

  /**
   * Whether do-not-disturb is on for this channel.
   *
   * @return true when the status is {@code active} (any case)
   */
  public boolean active() {
    return "active".equalsIgnoreCase(status);
  }
}
