package io.ghlsync.ghl.model;

import io.ghlsync.ghl.internal.Arguments;
import java.util.Optional;

/**
 * The do-not-disturb state of one channel.
 *
 * @param status {@code active}, {@code inactive} or {@code permanent} (read as sent)
 * @param message a reason shown in GHL, if any
 * @param code a code GHL attached, if any
 */
public record DndSetting(String status, Optional<String> message, Optional<String> code) {

  /** Status value: do not disturb on this channel. */
  public static final String ACTIVE = "active";

  /** Status value: the channel may be used. */
  public static final String INACTIVE = "inactive";

  /** Status value: permanently blocked (e.g. the contact opted out); read-only in practice. */
  public static final String PERMANENT = "permanent";

  /**
   * A setting with only a status.
   *
   * @param status {@link #ACTIVE}, {@link #INACTIVE} or {@link #PERMANENT}
   * @return the setting
   */
  public static DndSetting of(String status) {
    return new DndSetting(Arguments.notBlank(status, "status"), Optional.empty(), Optional.empty());
  }

  /**
   * A setting with a status and a message.
   *
   * @param status {@link #ACTIVE}, {@link #INACTIVE} or {@link #PERMANENT}
   * @param message the reason
   * @return the setting
   */
  public static DndSetting of(String status, String message) {
    return new DndSetting(
        Arguments.notBlank(status, "status"),
        Optional.of(Arguments.notNull(message, "message")),
        Optional.empty());
  }

  /**
   * Whether do-not-disturb is on ({@code active} or {@code permanent}).
   *
   * @return true if the status is {@code active} or {@code permanent}
   */
  public boolean isBlocked() {
    return ACTIVE.equals(status) || PERMANENT.equals(status);
  }
}
