package io.ghlsync.onoffice.model;

import java.util.List;

/**
 * Names of common address fields (case-sensitive German database names) and read pseudo-fields.
 * Field sets differ per customer; discover them with {@code get fields}.
 */
public final class AddressFields {
  /** Salutation. */
  public static final String ANREDE = "Anrede";

  /** Academic title. */
  public static final String TITEL = "Titel";

  /** First name. */
  public static final String VORNAME = "Vorname";

  /** Surname. */
  public static final String NAME = "Name";

  /** Company. */
  public static final String ZUSATZ1 = "Zusatz1";

  /** Street. */
  public static final String STRASSE = "Strasse";

  /** Postcode. */
  public static final String PLZ = "Plz";

  /** City. */
  public static final String ORT = "Ort";

  /** Country (name or ISO 3166-1 alpha-3 such as {@code DEU}). */
  public static final String LAND = "Land";

  /** Status: 1 active, 0 archived. */
  public static final String STATUS = "Status";

  /** Support user, by user name. */
  public static final String BENUTZER = "Benutzer";

  /** Customer number (not the record id). */
  public static final String KD_NR = "KdNr";

  /** Contact category (multiselect). */
  public static final String ART_DATEN = "ArtDaten";

  /** Origin of contact (multiselect). */
  public static final String HERKUNFT_KONTAKT = "HerkunftKontakt";

  /** Main e-mail; a filter on it searches only the main entry. */
  public static final String EMAIL = "Email";

  /** Main phone; a filter on it searches only the main entry. */
  public static final String TELEFON1 = "Telefon1";

  /** Birth date. */
  public static final String GEBURTSDATUM = "Geburtsdatum";

  /** Last modification ("changed since" queries filter on it). */
  public static final String AENDERUNG = "Aenderung";

  /** Immutable UUID of the address. */
  public static final String UUID = "uuid";

  /** Pseudo-field: every e-mail entry (read) / filter over all e-mail entries. */
  public static final String ALL_EMAILS = "email";

  /** Pseudo-field: every phone entry except mobile (read) / filter over all phone entries. */
  public static final String ALL_PHONES = "phone";

  /** Pseudo-field: every mobile entry. */
  public static final String ALL_MOBILES = "mobile";

  /** Fields the client reads when the caller names none. */
  public static final List<String> DEFAULT =
      List.of(
          ANREDE,
          VORNAME,
          NAME,
          ZUSATZ1,
          EMAIL,
          TELEFON1,
          STATUS,
          AENDERUNG,
          ALL_EMAILS,
          ALL_PHONES,
          ALL_MOBILES);

  private AddressFields() {}
}
