package io.ghlsync.ghl.model;

/**
 * Inbound do-not-disturb: blocks messages from the contact on every channel. Status is {@code
 * active} or {@code inactive}.
 *
 * @param all the setting for all inbound channels
 */
public record InboundDndSettings(DndSetting all) {

  /**
   * Inbound DND for all channels.
   *
   * @param status {@link DndSetting#ACTIVE} or {@link DndSetting#INACTIVE}
   * @return the settings
   */
  public static InboundDndSettings all(String status) {
    return new InboundDndSettings(DndSetting.of(status));
  }
}
