package io.ghlsync.onoffice.model;

import java.util.Optional;

/**
 * The kinds of an address's contact-data entries, by the key onOffice uses for them in create and
 * modify ({@code email}, {@code phone_business}, ...) and, for the four plain kinds, in reads
 * ({@code email__13027}).
 */
public enum ContactType {
  /** {@code email}. */
  EMAIL("email", Channel.EMAIL),
  /** {@code email_private}. */
  EMAIL_PRIVATE("email_private", Channel.EMAIL),
  /** {@code email_business}. */
  EMAIL_BUSINESS("email_business", Channel.EMAIL),
  /** {@code phone} (any phone but mobile). */
  PHONE("phone", Channel.PHONE),
  /** {@code phone_private}. */
  PHONE_PRIVATE("phone_private", Channel.PHONE),
  /** {@code phone_business}. */
  PHONE_BUSINESS("phone_business", Channel.PHONE),
  /** {@code mobile}. */
  MOBILE("mobile", Channel.PHONE),
  /** {@code fax}. */
  FAX("fax", Channel.FAX),
  /** {@code fax_private}. */
  FAX_PRIVATE("fax_private", Channel.FAX),
  /** {@code fax_business}. */
  FAX_BUSINESS("fax_business", Channel.FAX);

  /** The channel a contact type belongs to; each channel has one default entry. */
  public enum Channel {
    /** E-mail addresses ({@code default_email}). */
    EMAIL,
    /** Phone and mobile numbers ({@code default_phone}). */
    PHONE,
    /** Fax numbers ({@code default_fax}). */
    FAX;

    /**
     * The create parameter naming the default entry, e.g. {@code default_email}.
     *
     * @return {@code default_} followed by the channel name in lower case
     */
    public String defaultKey() {
      return "default_" + name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  private final String jsonKey;
  private final Channel channel;

  ContactType(String jsonKey, Channel channel) {
    this.jsonKey = jsonKey;
    this.channel = channel;
  }

  /**
   * The JSON key, e.g. {@code email_business}.
   *
   * @return the key used in create and modify
   */
  public String jsonKey() {
    return jsonKey;
  }

  /**
   * The channel (e-mail, phone or fax).
   *
   * @return the channel
   */
  public Channel channel() {
    return channel;
  }

  /**
   * The type of a JSON key.
   *
   * @param key e.g. {@code phone_private}
   * @return the type, or empty for other keys
   */
  public static Optional<ContactType> fromJsonKey(String key) {
    for (ContactType t : values()) {
      if (t.jsonKey.equals(key)) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }
}
