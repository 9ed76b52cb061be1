package io.ghlsync.testkit.onoffice.internal;

/**
 * One e-mail, phone or fax entry of an address.
 *
 * @param entryId the entry id (unique across all addresses)
 * @param key the create/modify key it was stored under, e.g. {@code email_business}
 * @param value the address or number
 * @param isDefault whether it is the default of its channel
 */
public record ContactRow(long entryId, String key, String value, boolean isDefault) {

  /** The channel: {@code email}, {@code phone} (incl. mobile) or {@code fax}. */
  public String channel() {
    if (key.startsWith("email")) {
      return "email";
    }
    if (key.startsWith("fax")) {
      return "fax";
    }
    return "phone";
  }

  /**
   * The read pseudo-field the entry appears under: {@code email}, {@code phone}, {@code mobile},
   * {@code fax}.
   */
  public String readKind() {
    return key.equals("mobile") ? "mobile" : channel();
  }

  /**
   * A copy with another default flag.
   *
   * @param value the flag
   * @return the copy
   */
  public ContactRow withDefault(boolean value) {
    return new ContactRow(entryId, key, this.value, value);
  }

  /**
   * A copy with another value.
   *
   * @param newValue the value
   * @return the copy
   */
  public ContactRow withValue(String newValue) {
    return new ContactRow(entryId, key, newValue, isDefault);
  }
}
