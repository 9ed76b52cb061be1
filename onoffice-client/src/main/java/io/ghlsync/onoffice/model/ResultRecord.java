package io.ghlsync.onoffice.model;

import io.ghlsync.onoffice.internal.FieldValues;
import java.util.OptionalLong;

/**
 * One entry of {@code data.records} in an action result.
 *
 * @param id the record id as text: an address, task or agents-log id, {@code "relatedIds"} for
 *     relation reads, {@code "0"} for a task modify
 * @param type the record type, e.g. {@code address}, {@code task}, {@code agentsLog}
 * @param elements the fields; an {@code elements} that arrived as {@code []} is empty
 */
public record ResultRecord(String id, String type, RecordFields elements) {

  /**
   * The id as a number, when it is one.
   *
   * @return the numeric id, or empty for ids such as {@code "relatedIds"}
   */
  public OptionalLong numericId() {
    return FieldValues.longValue(id);
  }
}
