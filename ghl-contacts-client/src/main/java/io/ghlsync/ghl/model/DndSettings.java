package io.ghlsync.ghl.model;

import com.squareup.moshi.Json;
import java.util.Optional;

/**
 * Do-not-disturb settings per channel. GHL v2 names the keys {@code Call, Email, SMS, WhatsApp,
 * GMB, FB}, v3 {@code call, email, sms, whatsApp, gmb, fb}; both are read, and requests are written
 * in the casing of the client's API version.
 *
 * <p>Example: {@code DndSettings.builder().email(DndSetting.of(DndSetting.ACTIVE)).build()}
 *
 * @param call phone calls
 * @param email emails
 * @param sms text messages
 * @param whatsApp WhatsApp
 * @param gmb Google Business messages
 * @param fb Facebook messages
 */
public record DndSettings(
    @Json(name = "Call") Optional<DndSetting> call,
    @Json(name = "Email") Optional<DndSetting> email,
    @Json(name = "SMS") Optional<DndSetting> sms,
    @Json(name = "WhatsApp") Optional<DndSetting> whatsApp,
    @Json(name = "GMB") Optional<DndSetting> gmb,
    @Json(name = "FB") Optional<DndSetting> fb) {

  /**
   * Starts settings with no channel set.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builder of {@link DndSettings}; channels left unset are not sent. */
  public static final class Builder {
    private Optional<DndSetting> call = Optional.empty();
    private Optional<DndSetting> email = Optional.empty();
    private Optional<DndSetting> sms = Optional.empty();
    private Optional<DndSetting> whatsApp = Optional.empty();
    private Optional<DndSetting> gmb = Optional.empty();
    private Optional<DndSetting> fb = Optional.empty();

    private Builder() {}

    /**
     * Sets the call channel.
     *
     * @param value the setting
     * @return this builder
     */
    public Builder call(DndSetting value) {
      this.call = Optional.of(value);
      return this;
    }

    /**
     * Sets the email channel.
     *
     * @param value the setting
     * @return this builder
     */
    public Builder email(DndSetting value) {
      this.email = Optional.of(value);
      return this;
    }

    /**
     * Sets the SMS channel.
     *
     * @param value the setting
     * @return this builder
     */
    public Builder sms(DndSetting value) {
      this.sms = Optional.of(value);
      return this;
    }

    /**
     * Sets the WhatsApp channel.
     *
     * @param value the setting
     * @return this builder
     */
    public Builder whatsApp(DndSetting value) {
      this.whatsApp = Optional.of(value);
      return this;
    }

    /**
     * Sets the Google Business channel.
     *
     * @param value the setting
     * @return this builder
     */
    public Builder gmb(DndSetting value) {
      this.gmb = Optional.of(value);
      return this;
    }

    /**
     * Sets the Facebook channel.
     *
     * @param value the setting
     * @return this builder
     */
    public Builder fb(DndSetting value) {
      this.fb = Optional.of(value);
      return this;
    }

    /**
     * Builds the settings.
     *
     * @return the settings
     */
    public DndSettings build() {
      return new DndSettings(call, email, sms, whatsApp, gmb, fb);
    }
  }
}
