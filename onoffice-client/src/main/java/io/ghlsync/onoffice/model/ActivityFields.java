package io.ghlsync.onoffice.model;

import java.util.List;
import java.util.Set;

/** Names of agents-log fields as read ({@code data}) and filtered. */
public final class ActivityFields {
  /** Action kind (German name, e.g. {@code Email}, {@code Telefonat}). */
  public static final String AKTIONSART = "Aktionsart";

  /** Action type (e.g. {@code Ausgang}, {@code Eingang}). */
  public static final String AKTIONSTYP = "Aktionstyp";

  /** Date-time of the entry. */
  public static final String DATUM = "Datum";

  /** Creation time. */
  public static final String CREATED = "created";

  /** The note text. */
  public static final String BEMERKUNG = "Bemerkung";

  /** User name. */
  public static final String BENUTZER = "Benutzer";

  /** Linked address ids. */
  public static final String ADRESS_NR = "Adress_nr";

  /** Linked estate ids. */
  public static final String OBJEKT_NR = "Objekt_nr";

  /** Duration. */
  public static final String DAUER = "dauer";

  /** Fields read when the caller names none. */
  public static final List<String> DEFAULT =
      List.of(AKTIONSART, AKTIONSTYP, DATUM, BEMERKUNG, BENUTZER, ADRESS_NR);

  /** Fields onOffice cannot filter agents-log reads on. */
  public static final Set<String> NOT_FILTERABLE = Set.of(BENUTZER, ADRESS_NR, OBJEKT_NR, DAUER);

  private ActivityFields() {}
}
