package io.ghlsync.sync.internal;

import io.ghlsync.ghl.model.Appointment;
import io.ghlsync.ghl.model.Contact;
import io.ghlsync.ghl.model.CustomFieldValue;
import io.ghlsync.ghl.model.Note;
import io.ghlsync.ghl.model.Task;
import io.ghlsync.sync.mapping.E164;
import io.ghlsync.sync.mapping.NoteText;
import io.ghlsync.sync.mapping.SourceRecord;
import io.ghlsync.sync.target.DuplicateQuery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The latest state of one contact in GHL, as fetched for one sync: the contact (empty when it is
 * gone), its tasks and its notes. A work item that re-reads only some parts (an event about a task
 * re-reads the tasks) says which in {@code read}; the parts not read are empty and must be left as
 * they were synced last time.
 *
 * @param locationId the GHL location
 * @param contactId the GHL contact
 * @param contact the contact, empty when GHL no longer has it
 * @param tasks its tasks (empty when tasks are not mapped)
 * @param notes its notes (empty when neither notes nor the summary are mapped)
 * @param appointments its appointments (empty unless activity rules read them)
 * @param read the parts this state holds fresh from GHL
 */
public record GhlContactState(
    String locationId,
    String contactId,
    Optional<Contact> contact,
    List<Task> tasks,
    List<Note> notes,
    List<Appointment> appointments,
    Set<GhlPart> read) {

  /** Copies the lists. */
  public GhlContactState {
    tasks = List.copyOf(tasks);
    notes = List.copyOf(notes);
    appointments = List.copyOf(appointments);
    read = read.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(read));
  }

  /**
   * A state with every part read.
   *
   * @param locationId the GHL location
   * @param contactId the GHL contact
   * @param contact the contact, empty when GHL no longer has it
   * @param tasks its tasks
   * @param notes its notes
   * @param appointments its appointments
   */
  public GhlContactState(
      String locationId,
      String contactId,
      Optional<Contact> contact,
      List<Task> tasks,
      List<Note> notes,
      List<Appointment> appointments) {
    this(locationId, contactId, contact, tasks, notes, appointments, GhlPart.ALL);
  }

  /**
   * Whether a part was read fresh for this sync.
   *
   * @param part the part
   * @return true when read
   */
  public boolean has(GhlPart part) {
    return read.contains(part);
  }

  /**
   * Whether GHL no longer has the contact (only known when the contact was read).
   *
   * @return true when the contact was read and is gone
   */
  public boolean gone() {
    return read.contains(GhlPart.CONTACT) && contact.isEmpty();
  }

  /**
   * A state without appointments.
   *
   * @param locationId the GHL location
   * @param contactId the GHL contact
   * @param contact the contact, empty when GHL no longer has it
   * @param tasks its tasks
   * @param notes its notes
   */
  public GhlContactState(
      String locationId,
      String contactId,
      Optional<Contact> contact,
      List<Task> tasks,
      List<Note> notes) {
    this(locationId, contactId, contact, tasks, notes, List.of());
  }

  /**
   * The state of a contact GHL no longer has.
   *
   * @param locationId the GHL location
   * @param contactId the GHL contact
   * @return the state
   */
  public static GhlContactState gone(String locationId, String contactId) {
    return new GhlContactState(locationId, contactId, Optional.empty(), List.of(), List.of());
  }

  /**
   * The contact as a mapping source. Custom fields appear as a map keyed by field id (and by key
   * where GHL sends one), so rules read {@code customFields.<id>}.
   *
   * @param contact the contact
   * @return the source record
   */
  public static SourceRecord source(Contact contact) {
    Map<String, Object> tree = RecordTree.of(contact);
    tree.remove("searchAfter");
    Map<String, Object> custom = new LinkedHashMap<>();
    for (CustomFieldValue field : contact.customFields()) {
      Optional<Object> value = field.value();
      if (value.isPresent()) {
        field.id().ifPresent(id -> custom.put(id, value.get()));
        field.key().ifPresent(key -> custom.put(key, value.get()));
      }
    }
    tree.put("customFields", custom);
    return SourceRecord.of(tree);
  }

  /**
   * A task or note as a mapping source.
   *
   * @param child the GHL task or note
   * @return the source record
   */
  public static SourceRecord source(Record child) {
    return SourceRecord.of(RecordTree.of(child));
  }

  /**
   * The notes as the summary sees them.
   *
   * @return one entry per note with a body
   */
  public List<NoteText> noteTexts() {
    List<NoteText> out = new ArrayList<>();
    for (Note note : notes) {
      if (note.body().isPresent()) {
        out.add(
            new NoteText(
                note.id(), note.body().get(), note.dateAddedInstant().orElse(Instant.EPOCH)));
      }
    }
    return out;
  }

  /**
   * What identifies the contact in a duplicate search: its id, e-mails and phones.
   *
   * @param defaultCallingCode calling code for national numbers, or {@code ""}
   * @return the query
   */
  public DuplicateQuery duplicateQuery(String defaultCallingCode) {
    return new DuplicateQuery(contactId, emails(), phones(defaultCallingCode));
  }

  /**
   * The contact's emails, trimmed and lower-cased, primary first.
   *
   * @return the emails
   */
  public List<String> emails() {
    List<String> out = new ArrayList<>();
    contact.ifPresent(
        c -> {
          c.email().ifPresent(e -> addEmail(out, e));
          c.additionalEmails().forEach(e -> addEmail(out, e));
        });
    return out;
  }

  private static void addEmail(List<String> out, String email) {
    String e = email.strip().toLowerCase(Locale.ROOT);
    if (!e.isEmpty() && !out.contains(e)) {
      out.add(e);
    }
  }

  /**
   * The contact's phones in E.164, primary first; numbers that cannot be normalised are left out.
   *
   * @param defaultCallingCode calling code for national numbers, or {@code ""}
   * @return the phones
   */
  public List<String> phones(String defaultCallingCode) {
    List<String> out = new ArrayList<>();
    contact.ifPresent(
        c -> {
          List<String> raw = new ArrayList<>();
          c.phone().ifPresent(raw::add);
          raw.addAll(c.additionalPhones());
          for (String p : raw) {
            E164.normalize(p, defaultCallingCode).filter(n -> !out.contains(n)).ifPresent(out::add);
          }
        });
    return out;
  }
}
