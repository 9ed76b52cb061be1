package io.ghlsync.onoffice.model;

import java.util.List;

/** Names of task fields (onOffice's own; there is no {@code Aufgabenart} or {@code Frist}). */
public final class TaskFields {
  /** Subject. */
  public static final String BETREFF = "Betreff";

  /** Description. */
  public static final String AUFGABE = "Aufgabe";

  /** Comment. */
  public static final String KOMMENTAR = "Kommentar";

  /** Priority 1..5. */
  public static final String PRIO = "Prio";

  /** Status 1..8. */
  public static final String STATUS = "Status";

  /** Task type id (an action type of kind "Task"). */
  public static final String ART = "Art";

  /** Responsible user (or group with {@code responsibilityByGroup}). */
  public static final String VERANTWORTUNG = "Verantwortung";

  /** Processing user. */
  public static final String BEARBEITER = "Bearbeiter";

  /** Due date-time. */
  public static final String DEADLINE = "Deadline";

  /** Deferred-until date. */
  public static final String BEGINNT_AM = "Beginnt_am";

  /** Created. */
  public static final String EINTRAGSDATUM = "Eintragsdatum";

  /** Last modified. */
  public static final String MODIFIED = "modified";

  /** Done flag (modify only). */
  public static final String ERLEDIGT = "erledigt";

  /** Progress 0/25/50/75/100 (modify only). */
  public static final String STAND = "Stand";

  /** Fields read when the caller names none. */
  public static final List<String> DEFAULT =
      List.of(
          BETREFF,
          AUFGABE,
          PRIO,
          STATUS,
          ART,
          VERANTWORTUNG,
          DEADLINE,
          EINTRAGSDATUM,
          MODIFIED,
          ERLEDIGT);

  private TaskFields() {}
}
