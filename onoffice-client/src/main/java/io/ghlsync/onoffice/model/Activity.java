package io.ghlsync.onoffice.model;

import io.ghlsync.onoffice.internal.FieldValues;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * An agents-log entry (history item, note) as read.
 *
 * @param id the entry id
 * @param fields every element as received
 */
public record Activity(long id, RecordFields fields) {

  /**
   * Reads an entry from a result record.
   *
   * @param record a record of type {@code agentslog}
   * @return the entry
   * @throws IllegalArgumentException if the record has no numeric id
   */
  public static Activity from(ResultRecord record) {
    long id =
        record
            .numericId()
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "agentslog record id is not numeric: " + record.id()));
    return new Activity(id, record.elements());
  }

  /**
   * {@code Aktionsart}.
   *
   * @return the action kind, or empty if not read or {@code ""}
   */
  public Optional<String> actionKind() {
    return fields.string(ActivityFields.AKTIONSART);
  }

  /**
   * {@code Aktionstyp}.
   *
   * @return the action type, or empty if not read or {@code ""}
   */
  public Optional<String> actionType() {
    return fields.string(ActivityFields.AKTIONSTYP);
  }

  /**
   * {@code Datum}.
   *
   * @return the date and time in onOffice's local time, or empty
   */
  public Optional<LocalDateTime> dateTime() {
    return fields.dateTime(ActivityFields.DATUM);
  }

  /**
   * {@code Bemerkung}: the note text.
   *
   * @return the note text, or empty if not read or {@code ""}
   */
  public Optional<String> note() {
    return fields.string(ActivityFields.BEMERKUNG);
  }

  /**
   * {@code Benutzer}.
   *
   * @return the user, or empty if not read or {@code ""}
   */
  public Optional<String> user() {
    return fields.string(ActivityFields.BENUTZER);
  }

  /**
   * {@code Adress_nr}: the linked address ids, converted from strings.
   *
   * @return the address ids; values that are not numbers are skipped, empty if none
   */
  public List<Long> addressIds() {
    return fields.strings(ActivityFields.ADRESS_NR).stream()
        .map(FieldValues::longValue)
        .filter(OptionalLong::isPresent)
        .map(OptionalLong::getAsLong)
        .toList();
  }
}
