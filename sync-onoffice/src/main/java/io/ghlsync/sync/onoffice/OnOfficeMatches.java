package io.ghlsync.sync.onoffice;

import io.ghlsync.onoffice.model.Activity;
import io.ghlsync.onoffice.model.ActivityFields;
import io.ghlsync.onoffice.model.Address;
import io.ghlsync.onoffice.model.ContactType;
import io.ghlsync.onoffice.model.Task;
import io.ghlsync.sync.mapping.MappedRecord;
import io.ghlsync.sync.target.MappedValues;
import io.ghlsync.sync.target.TargetMatch;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Reads onOffice records back under the mapping's field names, and matches tasks and notes. */
final class OnOfficeMatches {
  /** Task fields that identify a task; progress fields such as Status may differ. */
  private static final Set<String> TASK_IDENTITY = Set.of("Betreff", "Aufgabe", "Deadline");

  /** Note fields that identify an agents-log entry. */
  private static final Set<String> NOTE_IDENTITY = Set.of("note", "datetime");

  private static final Map<String, String> NOTE_READ_NAMES =
      Map.of(
          "note", ActivityFields.BEMERKUNG,
          "actionkind", ActivityFields.AKTIONSART,
          "actiontype", ActivityFields.AKTIONSTYP,
          "datetime", ActivityFields.DATUM);

  private OnOfficeMatches() {}

  static TargetMatch address(Address address, Set<String> fields) {
    Map<String, Object> values = new LinkedHashMap<>();
    for (String field : fields) {
      Optional<ContactType> type = ContactType.fromJsonKey(field);
      Optional<Object> value =
          type.isPresent()
              ? OnOfficeReads.contact(address, type.get())
              : OnOfficeReads.field(address, field);
      value.ifPresent(v -> values.put(field, v));
    }
    return new TargetMatch(Long.toString(address.id()), values);
  }

  /**
   * Whether a task holds the record's identifying values (subject, description, deadline; all
   * mapped fields when none of those is mapped). Fields the read did not return are not compared.
   */
  static Optional<TargetMatch> task(Task task, MappedRecord record, ZoneId zone) {
    return compare(
        Long.toString(task.id()), task.fields().asMap(), record, Map.of(), TASK_IDENTITY, zone);
  }

  /** Whether an agents-log entry holds the record's note text and date/time. */
  static Optional<TargetMatch> note(Activity activity, MappedRecord record, ZoneId zone) {
    return compare(
        Long.toString(activity.id()),
        activity.fields().asMap(),
        record,
        NOTE_READ_NAMES,
        NOTE_IDENTITY,
        zone);
  }

  static List<String> noteReadFields() {
    return List.copyOf(NOTE_READ_NAMES.values());
  }

  private static Optional<TargetMatch> compare(
      String id,
      Map<String, Object> read,
      MappedRecord record,
      Map<String, String> readNames,
      Set<String> identity,
      ZoneId zone) {
    boolean anyIdentity = record.fields().keySet().stream().anyMatch(identity::contains);
    Map<String, Object> values = new LinkedHashMap<>();
    int compared = 0;
    for (Map.Entry<String, Object> e : record.fields().entrySet()) {
      Object raw = read.get(readNames.getOrDefault(e.getKey(), e.getKey()));
      if (raw == null) {
        continue;
      }
      Object actual = OnOfficeValues.decode(raw, e.getValue(), zone);
      values.put(e.getKey(), actual);
      if (anyIdentity && !identity.contains(e.getKey())) {
        continue;
      }
      if (!MappedValues.same(actual, e.getValue())) {
        return Optional.empty();
      }
      compared++;
    }
    return compared == 0 ? Optional.empty() : Optional.of(new TargetMatch(id, values));
  }
}
