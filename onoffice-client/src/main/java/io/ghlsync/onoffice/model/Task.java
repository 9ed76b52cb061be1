package io.ghlsync.onoffice.model;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A task as read.
 *
 * @param id the task id
 * @param fields every element as received
 * @param relatedAddressIds the linked address ids (onOffice sends them as strings), when the read
 *     was for an address
 */
public record Task(long id, RecordFields fields, List<Long> relatedAddressIds) {

  /**
   * Copies the ids.
   *
   * @param id the task id
   * @param fields every element as received
   * @param relatedAddressIds the linked address ids, when the read was for an address
   */
  public Task {
    relatedAddressIds = List.copyOf(relatedAddressIds);
  }

  /**
   * Reads a task from a result record.
   *
   * @param record a record of type {@code task}
   * @return the task
   * @throws IllegalArgumentException if the record has no numeric id
   */
  public static Task from(ResultRecord record) {
    long id =
        record
            .numericId()
            .orElseThrow(
                () ->
                    new IllegalArgumentException("task record id is not numeric: " + record.id()));
    List<Long> related =
        record.elements().strings("relatedAddressId").stream()
            .map(s -> io.ghlsync.onoffice.internal.FieldValues.longValue(s))
            .filter(OptionalLong::isPresent)
            .map(OptionalLong::getAsLong)
            .toList();
    return new Task(id, record.elements(), related);
  }

  /**
   * {@code Betreff}.
   *
   * @return the subject, or empty if not read or {@code ""}
   */
  public Optional<String> subject() {
    return fields.string(TaskFields.BETREFF);
  }

  /**
   * {@code Aufgabe}.
   *
   * @return the description, or empty if not read or {@code ""}
   */
  public Optional<String> description() {
    return fields.string(TaskFields.AUFGABE);
  }

  /**
   * {@code Prio}, converted from its string form.
   *
   * @return the priority, or empty if not read or not a known code
   */
  public Optional<TaskPriority> priority() {
    return fields.intValue(TaskFields.PRIO).stream().boxed().findFirst().flatMap(TaskPriority::of);
  }

  /**
   * {@code Status}, converted from its string form.
   *
   * @return the status, or empty if not read or not a known code
   */
  public Optional<TaskStatus> status() {
    return fields.intValue(TaskFields.STATUS).stream().boxed().findFirst().flatMap(TaskStatus::of);
  }

  /**
   * {@code Deadline}.
   *
   * @return the deadline in onOffice's local time, or empty
   */
  public Optional<LocalDateTime> deadline() {
    return fields.dateTime(TaskFields.DEADLINE);
  }

  /**
   * {@code modified}.
   *
   * @return when the task last changed, in onOffice's local time, or empty
   */
  public Optional<LocalDateTime> modifiedAt() {
    return fields.dateTime(TaskFields.MODIFIED);
  }

  /**
   * {@code erledigt}: whether the task is done.
   *
   * @return {@code true} if done; {@code false} if not done or the flag was not read
   */
  public boolean done() {
    return fields.flag(TaskFields.ERLEDIGT).orElse(false);
  }
}
