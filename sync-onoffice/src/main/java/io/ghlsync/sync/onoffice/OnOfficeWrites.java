package io.ghlsync.sync.onoffice;

import io.ghlsync.onoffice.model.AddressChanges;
import io.ghlsync.onoffice.model.ContactType;
import io.ghlsync.onoffice.model.NewActivity;
import io.ghlsync.onoffice.model.NewAddress;
import io.ghlsync.onoffice.model.NewTask;
import io.ghlsync.onoffice.model.TaskChanges;
import io.ghlsync.onoffice.model.TaskStatus;
import io.ghlsync.sync.mapping.MappedRecord;
import io.ghlsync.sync.target.MappedValues;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns mapped records into onOffice write parameters. Contact-data fields ({@code email}, {@code
 * phone}, {@code mobile}, {@code fax} and their {@code _private}/{@code _business} variants) go
 * through onOffice's contact-data operations; every other field is written as its typed value,
 * converted once by {@link OnOfficeValues#toWire} (dates into the account's zone).
 */
final class OnOfficeWrites {
  /** The agents-log fields a note mapping may write. */
  static final Set<String> NOTE_FIELDS =
      Set.of("note", "actionkind", "actiontype", "datetime", "origincontact", "duration");

  private OnOfficeWrites() {}

  static NewAddress newAddress(MappedRecord record, ZoneId zone) {
    NewAddress.Builder b = NewAddress.builder();
    record
        .fields()
        .forEach(
            (field, value) -> {
              Optional<ContactType> type = ContactType.fromJsonKey(field);
              if (type.isPresent()) {
                String text = MappedValues.display(value);
                b.contact(type.get(), text);
                if (type.get() == ContactType.EMAIL || type.get() == ContactType.PHONE) {
                  b.defaultContact(type.get().channel(), text);
                }
              } else {
                b.field(field, OnOfficeValues.toWire(value, zone));
              }
            });
    return b.build();
  }

  static AddressChanges addressChanges(
      MappedRecord changes, Map<String, Object> previous, ZoneId zone) {
    AddressChanges.Builder b = AddressChanges.builder();
    changes
        .fields()
        .forEach(
            (field, value) -> {
              Optional<ContactType> type = ContactType.fromJsonKey(field);
              if (type.isEmpty()) {
                b.field(field, OnOfficeValues.toWire(value, zone));
                return;
              }
              String text = MappedValues.display(value);
              Object old = previous.get(field);
              boolean main = type.get() == ContactType.EMAIL || type.get() == ContactType.PHONE;
              if (old == null) {
                b.addContact(type.get(), text, main);
              } else {
                b.modifyContact(type.get(), MappedValues.display(old), text, main);
              }
            });
    for (String field : changes.cleared()) {
      Optional<ContactType> type = ContactType.fromJsonKey(field);
      Object old = previous.get(field);
      if (type.isPresent()) {
        if (old != null) {
          b.deleteContact(type.get(), MappedValues.display(old));
        }
      } else {
        b.field(field, old instanceof List<?> ? List.of() : "");
      }
    }
    return b.build();
  }

  static NewTask newTask(MappedRecord record, long addressId, ZoneId zone) {
    NewTask.Builder b = NewTask.builder();
    record.fields().forEach((field, value) -> b.field(field, OnOfficeValues.toWire(value, zone)));
    return b.relatedAddressId(addressId).build();
  }

  static TaskChanges taskChanges(MappedRecord changes, ZoneId zone) {
    TaskChanges.Builder b = TaskChanges.builder();
    changes.fields().forEach((field, value) -> b.field(field, OnOfficeValues.toWire(value, zone)));
    changes.cleared().forEach(field -> b.field(field, ""));
    return b.build();
  }

  static TaskChanges cancelled() {
    return TaskChanges.builder().status(TaskStatus.CANCELLED).build();
  }

  static NewActivity newActivity(MappedRecord record, long addressId, ZoneId zone) {
    NewActivity.Builder b = NewActivity.builder().addressids(List.of(addressId));
    for (Map.Entry<String, Object> e : record.fields().entrySet()) {
      String text = MappedValues.display(e.getValue());
      switch (e.getKey()) {
        case "note" -> b.note(text);
        case "actionkind" -> b.actionkind(text);
        case "actiontype" -> b.actiontype(text);
        case "origincontact" -> b.origincontact(text);
        case "datetime" -> b.datetime(OnOfficeValues.dateTime(e.getValue(), zone, "datetime"));
        case "duration" -> b.duration(Long.parseLong(text));
        default ->
            throw new IllegalArgumentException(
                "onOffice notes (agentslog) cannot write field '"
                    + e.getKey()
                    + "'; note rules may target "
                    + NOTE_FIELDS);
      }
    }
    return b.build();
  }
}
