package io.ghlsync.optmyzr.internal;

import io.ghlsync.core.ApiException;
import io.ghlsync.optmyzr.model.Contact;
import io.ghlsync.optmyzr.model.ContactFields;
import io.ghlsync.optmyzr.model.CursorPage;
import io.ghlsync.optmyzr.model.Note;
import io.ghlsync.optmyzr.model.OptimizationSuggestion;
import io.ghlsync.optmyzr.model.Task;
import io.ghlsync.optmyzr.model.TaskStatus;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns wire records into the public models. Lenient where the data may be odd (blank optional text
 * is treated as absent, unreadable timestamps are dropped with a DEBUG line); strict only where a
 * model cannot exist without a value (an {@code id}), which raises {@link ApiException}.
 */
public final class WireMapping {
  private static final Logger LOG = LoggerFactory.getLogger(WireMapping.class);

  private WireMapping() {}

  /**
   * Maps a contact.
   *
   * @param w the wire contact
   * @param operation the operation, for errors
   * @return the contact
   */
  public static Contact contact(ContactWire w, String operation) {
    ContactFields.Builder f = ContactFields.builder();
    ifText(w.externalId(), f::externalId);
    ifText(w.email(), f::email);
    ifText(w.phone(), f::phone);
    ifText(w.firstName(), f::firstName);
    ifText(w.lastName(), f::lastName);
    ifText(w.company(), f::company);
    ifText(w.lifecycleStage(), f::lifecycleStage);
    if (w.leadScore() != null) {
      f.leadScore(w.leadScore());
    }
    ifText(w.source(), f::source);
    ifText(w.gclid(), f::gclid);
    List<String> tags = new ArrayList<>();
    if (w.tags() != null) {
      w.tags().stream().filter(t -> t != null && !t.isBlank()).forEach(tags::add);
    }
    f.tags(tags);
    f.customFields(w.customFields() == null ? java.util.Map.of() : w.customFields());
    Contact.Builder c = Contact.builder(required(w.id(), "id", operation), f.build());
    ifInstant(w.createdAt(), c::createdAt);
    ifInstant(w.updatedAt(), c::updatedAt);
    return c.build();
  }

  /**
   * Maps a task.
   *
   * @param w the wire task
   * @param operation the operation, for errors
   * @return the task
   */
  public static Task task(TaskWire w, String operation) {
    Task.Builder t =
        Task.builder(
            required(w.id(), "id", operation),
            required(w.contactId(), "contact_id", operation),
            w.title() == null ? "" : w.title(),
            w.status() == null ? TaskStatus.UNKNOWN : TaskStatus.fromWire(w.status()));
    ifText(w.body(), t::body);
    ifInstant(w.dueAt(), t::dueAt);
    ifText(w.assigneeId(), t::assigneeId);
    ifInstant(w.completedAt(), t::completedAt);
    ifInstant(w.createdAt(), t::createdAt);
    ifInstant(w.updatedAt(), t::updatedAt);
    return t.build();
  }

  /**
   * Maps a note.
   *
   * @param w the wire note
   * @param contactId the contact whose notes were asked for (used if the body omits it)
   * @param operation the operation, for errors
   * @return the note
   */
  public static Note note(NoteWire w, String contactId, String operation) {
    Note.Builder n =
        Note.builder(
            required(w.id(), "id", operation),
            w.contactId() == null || w.contactId().isBlank() ? contactId : w.contactId(),
            w.body() == null ? "" : w.body());
    ifText(w.author(), n::author);
    ifInstant(w.occurredAt(), n::occurredAt);
    ifInstant(w.createdAt(), n::createdAt);
    return n.build();
  }

  /**
   * Maps a suggestion; absent text becomes an empty string, absent {@code changes} zero.
   *
   * @param w the wire entry
   * @return the suggestion
   */
  public static OptimizationSuggestion suggestion(SuggestionsWire.SuggestionWire w) {
    return new OptimizationSuggestion(
        orEmpty(w.accountId()),
        orEmpty(w.accountName()),
        orEmpty(w.accountType()),
        w.changes() == null ? 0 : w.changes(),
        orEmpty(w.toolName()),
        orEmpty(w.link()));
  }

  /**
   * Maps a cursor page.
   *
   * @param w the wire page
   * @param item maps one item
   * @param operation the operation, for logs
   * @param <W> wire item type
   * @param <T> model item type
   * @return the page
   */
  public static <W, T> CursorPage<T> page(PageWire<W> w, Function<W, T> item, String operation) {
    List<T> items = new ArrayList<>();
    if (w.data() != null) {
      for (W each : w.data()) {
        if (each != null) {
          items.add(item.apply(each));
        }
      }
    }
    String next = w.nextCursor();
    boolean more = Boolean.TRUE.equals(w.hasMore());
    if (more && (next == null || next.isBlank())) {
      LOG.warn("{} said has_more without a next_cursor; treating this page as the last", operation);
      return CursorPage.last(items);
    }
    return more && next != null ? CursorPage.of(items, next) : CursorPage.last(items);
  }

  /**
   * Reads an ISO-8601 timestamp leniently.
   *
   * @param text the text, or null
   * @return the instant, or null when absent or unreadable
   */
  public static @Nullable Instant instant(@Nullable String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return Instant.parse(text);
    } catch (DateTimeParseException e) {
      try {
        return OffsetDateTime.parse(text).toInstant();
      } catch (DateTimeParseException again) {
        LOG.debug("ignoring an unreadable timestamp");
        return null;
      }
    }
  }

  private static String required(@Nullable String value, String field, String operation) {
    if (value == null || value.isBlank()) {
      throw new ApiException(
          operation + " returned a body without '" + field + "'",
          200,
          null,
          List.of("response has no " + field),
          null,
          false,
          null);
    }
    return value;
  }

  private static void ifText(@Nullable String value, Consumer<String> setter) {
    if (value != null && !value.isBlank()) {
      setter.accept(value);
    }
  }

  private static void ifInstant(@Nullable String value, Consumer<Instant> setter) {
    Instant parsed = instant(value);
    if (parsed != null) {
      setter.accept(parsed);
    }
  }

  private static String orEmpty(@Nullable String value) {
    return value == null ? "" : value;
  }
}
