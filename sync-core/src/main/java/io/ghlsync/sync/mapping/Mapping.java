package io.ghlsync.sync.mapping;

import io.ghlsync.sync.model.EntityKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A complete mapping from GHL to one target: field rules for contacts, tasks and notes, the
 * optional notes summary, and a version that the audit trail records with every write.
 *
 * <p>Build it in Java with {@link #builder(String, String)} or load it from JSON with {@link
 * MappingJson}. A kind without rules is not synced (e.g. a target without tasks).
 *
 * @param name a name for messages, e.g. {@code ghl-to-onoffice}
 * @param version the version recorded in the audit trail; change it whenever the rules change
 * @param contact the contact rules
 * @param task the task rules
 * @param note the note rules
 * @param notesSummary where to write the per-contact notes summary, if anywhere
 */
public record Mapping(
    String name,
    String version,
    EntityMapping contact,
    EntityMapping task,
    EntityMapping note,
    Optional<NotesSummaryRule> notesSummary) {

  /**
   * Validates the components.
   *
   * @param name a name for messages, e.g. {@code ghl-to-onoffice}
   * @param version the version recorded in the audit trail; change it whenever the rules change
   * @param contact the contact rules
   * @param task the task rules
   * @param note the note rules
   * @param notesSummary where to write the per-contact notes summary, if anywhere
   */
  public Mapping {
    if (name.isBlank()) {
      throw new MappingException("mapping name must not be blank");
    }
    if (version.isBlank()) {
      throw new MappingException("mapping '" + name + "' needs a non-blank version");
    }
    Objects.requireNonNull(contact, "contact");
    Objects.requireNonNull(task, "task");
    Objects.requireNonNull(note, "note");
    if (!contact.isEnabled()) {
      throw new MappingException("mapping '" + name + "' needs at least one contact rule");
    }
    if (notesSummary.isPresent()) {
      String target = notesSummary.get().target();
      for (FieldRule rule : contact.rules()) {
        if (rule.target().equals(target)) {
          throw new MappingException(
              "mapping '"
                  + name
                  + "': notesSummary.target '"
                  + target
                  + "' is also mapped by a contact rule; use another field");
        }
      }
    }
  }

  /**
   * Starts a mapping.
   *
   * @param name the mapping name
   * @param version the mapping version
   * @return a builder
   */
  public static Builder builder(String name, String version) {
    return new Builder(name, version);
  }

  /**
   * The rules of a kind.
   *
   * @param kind the record kind
   * @return its rules
   */
  public EntityMapping rulesFor(EntityKind kind) {
    return switch (kind) {
      case CONTACT -> contact;
      case TASK -> task;
      case NOTE -> note;
    };
  }

  /**
   * Whether a target field of a kind holds personal data (the notes summary always does).
   *
   * @param kind the record kind
   * @param target the target field name
   * @return true when the audit trail should mask it
   */
  public boolean isPersonal(EntityKind kind, String target) {
    return rulesFor(kind).isPersonal(target);
  }

  /** Builder of a {@link Mapping}. */
  public static final class Builder {
    private final String name;
    private final String version;
    private final List<FieldRule> contact = new ArrayList<>();
    private final List<FieldRule> task = new ArrayList<>();
    private final List<FieldRule> note = new ArrayList<>();
    private @Nullable NotesSummaryRule notesSummary;

    private Builder(String name, String version) {
      this.name = name;
      this.version = version;
    }

    /**
     * Adds a contact rule.
     *
     * @param rule the rule
     * @return this builder
     */
    public Builder contact(FieldRule rule) {
      contact.add(rule);
      return this;
    }

    /**
     * Adds a task rule.
     *
     * @param rule the rule
     * @return this builder
     */
    public Builder task(FieldRule rule) {
      task.add(rule);
      return this;
    }

    /**
     * Adds a note rule.
     *
     * @param rule the rule
     * @return this builder
     */
    public Builder note(FieldRule rule) {
      note.add(rule);
      return this;
    }

    /**
     * Writes the notes summary to a contact field.
     *
     * @param rule where and how
     * @return this builder
     */
    public Builder notesSummary(NotesSummaryRule rule) {
      this.notesSummary = rule;
      return this;
    }

    /**
     * Builds and validates the mapping.
     *
     * @return the mapping
     * @throws MappingException when it is invalid
     */
    public Mapping build() {
      return new Mapping(
          name,
          version,
          new EntityMapping("contact", contact),
          new EntityMapping("task", task),
          new EntityMapping("note", note),
          Optional.ofNullable(notesSummary));
    }
  }
}
