package io.ghlsync.ghl.internal;

import io.ghlsync.ghl.model.Appointment;
import io.ghlsync.ghl.model.Contact;
import io.ghlsync.ghl.model.Note;
import io.ghlsync.ghl.model.Task;
import java.util.List;
import java.util.Optional;

/** The wrapper objects GHL puts around its answers; the services unwrap them. */
public final class Envelopes {
  private Envelopes() {}

  /**
   * {@code {contact}}: get, create, find-duplicate ({@code contact} may be null there).
   *
   * @param contact the contact
   */
  public record ContactEnvelope(Optional<Contact> contact) {}

  /**
   * {@code {succeded, contact}} of an update.
   *
   * @param succeeded success flag, in either spelling
   * @param contact the updated contact
   */
  public record UpdatedContactEnvelope(
      @JsonAlias("succeded") Optional<Boolean> succeeded, Optional<Contact> contact) {}

  /**
   * {@code {contacts, total}} of a search.
   *
   * @param contacts the page
   * @param total total matches
   */
  public record SearchEnvelope(List<Contact> contacts, Optional<Long> total) {}

  /**
   * {@code {succeded}} of deletes, campaigns and workflows.
   *
   * @param succeeded success flag, in either spelling
   */
  public record SucceededEnvelope(@JsonAlias("succeded") boolean succeeded) {}

  /**
   * {@code {tasks}}.
   *
   * @param tasks the tasks
   */
  public record TasksEnvelope(List<Task> tasks) {}

  /**
   * {@code {task}}.
   *
   * @param task the task
   */
  public record TaskEnvelope(Optional<Task> task) {}

  /**
   * {@code {notes}}.
   *
   * @param notes the notes
   */
  public record NotesEnvelope(List<Note> notes) {}

  /**
   * {@code {note}}.
   *
   * @param note the note
   */
  public record NoteEnvelope(Optional<Note> note) {}

  /**
   * {@code {events}} of the appointments list.
   *
   * @param events the appointments
   */
  public record EventsEnvelope(List<Appointment> events) {}

  /**
   * {@code {tags}}.
   *
   * @param tags the contact's tags after the call
   */
  public record TagsEnvelope(List<String> tags) {}
}
