package io.ghlsync.sync.rules;

import io.ghlsync.sync.mapping.SourceRecord;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What makes a rule fire. Each trigger returns the keys of the changes that fire it; a key names
 * the change itself (not the run that saw it), so seeing the same change again gives the same key.
 */
public sealed interface Trigger {

  /**
   * The changes that fire this trigger.
   *
   * @param input previous and current facts, the contact and its activity
   * @return one stable key per triggering change; empty when nothing fires
   */
  List<String> changes(RuleInput input);

  /**
   * A tag the contact did not have at the last run (or has on its first run).
   *
   * @param tag the tag, compared without regard to case
   */
  record TagAdded(String tag) implements Trigger {
    /**
     * Normalises the tag.
     *
     * @param tag the tag
     */
    public TagAdded {
      tag = tag.strip().toLowerCase(Locale.ROOT);
      if (tag.isEmpty()) {
        throw new IllegalArgumentException("tagAdded needs a non-blank tag");
      }
    }

    @Override
    public List<String> changes(RuleInput in) {
      boolean added = in.current().tags().contains(tag) && !in.previous().tags().contains(tag);
      return added ? List.of("tag+" + tag + "@" + in.current().version()) : List.of();
    }
  }

  /**
   * The score reached a threshold from below ({@code up}: previous below, now at or above; a first
   * run counts as coming from 0) or fell below it ({@code down}: previous at or above, now below).
   *
   * @param threshold from 1 to 100 going up, from 1 to 100 going down
   * @param up true for crossing upwards
   */
  record ScoreCrossed(int threshold, boolean up) implements Trigger {
    /**
     * Refuses thresholds that can never be crossed.
     *
     * @param threshold the threshold
     * @param up the direction
     */
    public ScoreCrossed {
      if (threshold < 1 || threshold > 100) {
        throw new IllegalArgumentException(
            "threshold "
                + threshold
                + " can never be crossed "
                + (up ? "upwards" : "downwards")
                + "; scores run from 0 to 100, use 1 to 100");
      }
    }

    @Override
    public List<String> changes(RuleInput in) {
      Optional<Integer> now = in.current().score();
      if (now.isEmpty()) {
        return List.of();
      }
      Optional<Integer> before = in.previous().score();
      boolean crossed =
          up
              ? now.get() >= threshold && before.orElse(0) < threshold
              : now.get() < threshold && before.isPresent() && before.get() >= threshold;
      return crossed
          ? List.of("score" + (up ? "^" : "v") + threshold + "@" + in.current().version())
          : List.of();
    }
  }

  /**
   * An appointment of the contact is booked (status {@code booked}, {@code confirmed} or {@code
   * new}); fires once per appointment.
   */
  record AppointmentBooked() implements Trigger {
    private static final Set<String> BOOKED = Set.of("booked", "confirmed", "new");

    @Override
    public List<String> changes(RuleInput in) {
      return appointments(in, BOOKED, "booked:");
    }
  }

  /** An appointment of the contact is cancelled; fires once per appointment. */
  record AppointmentCancelled() implements Trigger {
    private static final Set<String> CANCELLED = Set.of("cancelled", "canceled");

    @Override
    public List<String> changes(RuleInput in) {
      return appointments(in, CANCELLED, "cancelled:");
    }
  }

  /**
   * An open task of the contact is past its due date; fires once per task and due date (a task
   * moved to a later date and overdue again fires again).
   */
  record TaskOverdue() implements Trigger {
    @Override
    public List<String> changes(RuleInput in) {
      List<String> out = new ArrayList<>();
      for (SourceRecord task : in.activity().tasks()) {
        boolean open = !task.get("completed").map(Boolean.TRUE::equals).orElse(false);
        Optional<String> id = task.get("id").map(String::valueOf);
        Optional<Instant> due = task.get("dueDate").flatMap(Trigger::instant);
        if (open && id.isPresent() && due.isPresent() && due.get().isBefore(in.now())) {
          out.add("overdue:" + id.get() + "@" + due.get());
        }
      }
      return out;
    }
  }

  /**
   * No activity for at least this many days ({@code $enriched.lastActivityAt}); fires once per
   * quiet stretch (new activity starts a new one). The engine's scheduler finds such contacts in
   * the store; no webhook is needed.
   *
   * @param days from 1 to 3650
   */
  record NoActivity(int days) implements Trigger {
    /**
     * Validates the days.
     *
     * @param days the days
     */
    public NoActivity {
      if (days < 1 || days > 3650) {
        throw new IllegalArgumentException("noActivityForDays must be from 1 to 3650, was " + days);
      }
    }

    @Override
    public List<String> changes(RuleInput in) {
      Optional<Instant> last = in.current().lastActivity();
      if (last.isEmpty() || Duration.between(last.get(), in.now()).toDays() < days) {
        return List.of();
      }
      return List.of("idle" + days + "@" + last.get());
    }
  }

  /**
   * A note whose text matches a regular expression; fires once per note.
   *
   * @param pattern the expression, searched anywhere in the note body
   */
  record NoteMatches(Pattern pattern) implements Trigger {
    /**
     * Validates the pattern.
     *
     * @param pattern the expression
     */
    public NoteMatches {
      Objects.requireNonNull(pattern, "pattern");
    }

    @Override
    public List<String> changes(RuleInput in) {
      List<String> out = new ArrayList<>();
      for (SourceRecord note : in.activity().notes()) {
        Optional<String> id = note.get("id").map(String::valueOf);
        Optional<String> body = note.get("body").map(String::valueOf);
        if (id.isPresent() && body.isPresent() && pattern.matcher(body.get()).find()) {
          out.add("note:" + id.get());
        }
      }
      return out;
    }
  }

  /**
   * A field of the contact changed value since the last run (not on a first run), optionally from
   * and to given values (compared without regard to case).
   *
   * @param field the source path, e.g. {@code type} or {@code customFields.status}
   * @param from the value before, if it matters
   * @param to the value after, if it matters
   */
  record StatusChanged(String field, Optional<String> from, Optional<String> to)
      implements Trigger {
    /**
     * Refuses a change to the same value.
     *
     * @param field the source path
     * @param from the value before
     * @param to the value after
     */
    public StatusChanged {
      Objects.requireNonNull(field, "field");
      if (from.isPresent() && to.isPresent() && from.get().equalsIgnoreCase(to.get())) {
        throw new IllegalArgumentException(
            "statusChanged from and to are both '" + from.get() + "'; that is no change");
      }
    }

    @Override
    public List<String> changes(RuleInput in) {
      if (in.firstRun()) {
        return List.of();
      }
      String before = in.previous().statuses().getOrDefault(field, "");
      String after = in.current().statuses().getOrDefault(field, "");
      boolean changed =
          !before.equalsIgnoreCase(after)
              && from.map(before::equalsIgnoreCase).orElse(true)
              && to.map(after::equalsIgnoreCase).orElse(true);
      return changed
          ? List.of("status:" + field + ":" + before + ">" + after + "@" + in.current().version())
          : List.of();
    }
  }

  private static List<String> appointments(RuleInput in, Set<String> statuses, String prefix) {
    List<String> out = new ArrayList<>();
    for (SourceRecord a : in.activity().appointments()) {
      Optional<String> id = a.get("id").map(String::valueOf);
      Optional<String> status =
          a.get("appointmentStatus").or(() -> a.get("status")).map(String::valueOf);
      if (id.isPresent()
          && status.isPresent()
          && statuses.contains(status.get().toLowerCase(Locale.ROOT))) {
        out.add(prefix + id.get());
      }
    }
    return out;
  }

  private static Optional<Instant> instant(Object value) {
    try {
      return Optional.of(OffsetDateTime.parse(String.valueOf(value)).toInstant());
    } catch (DateTimeParseException odd) {
      return Optional.empty();
    }
  }
}
