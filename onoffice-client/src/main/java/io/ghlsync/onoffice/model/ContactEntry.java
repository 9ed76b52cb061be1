package io.ghlsync.onoffice.model;

/**
 * One contact-data entry of an address as read with the {@code email}, {@code phone}, {@code
 * mobile} or {@code fax} pseudo-fields, which arrive keyed {@code <type>__<entryId>}.
 *
 * @param type {@link ContactType#EMAIL}, {@link ContactType#PHONE}, {@link ContactType#MOBILE} or
 *     {@link ContactType#FAX}
 * @param entryId onOffice's id of the entry (tells several e-mails apart)
 * @param value the address or number
 * @param comment the entry's comment ({@code <type>__<entryId>__Comment}), or {@code ""}
 */
public record ContactEntry(ContactType type, long entryId, String value, String comment) {

  /** Hides the value, which is personal data. */
  @Override
  public String toString() {
    return "ContactEntry[" + type + ", entryId=" + entryId + "]";
  }
}
