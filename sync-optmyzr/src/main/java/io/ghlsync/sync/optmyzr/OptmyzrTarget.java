package io.ghlsync.sync.optmyzr;

import io.ghlsync.core.RequestOptions;
import io.ghlsync.optmyzr.IdempotencyKey;
import io.ghlsync.optmyzr.OptmyzrClient;
import io.ghlsync.optmyzr.model.Contact;
import io.ghlsync.optmyzr.model.ContactQuery;
import io.ghlsync.optmyzr.model.TaskQuery;
import io.ghlsync.sync.mapping.MappedRecord;
import io.ghlsync.sync.model.EntityKind;
import io.ghlsync.sync.target.DuplicateQuery;
import io.ghlsync.sync.target.MappedValues;
import io.ghlsync.sync.target.SimpleTargetConnector;
import io.ghlsync.sync.target.TargetCapabilities;
import io.ghlsync.sync.target.TargetChange;
import io.ghlsync.sync.target.TargetChangeFeed;
import io.ghlsync.sync.target.TargetMatch;
import io.ghlsync.sync.target.TargetOperation;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The target for the Optmyzr contacts contract (see optmyzr-client: Optmyzr publishes no contacts
 * API of its own; the contract is served by an integration endpoint the host operates).
 *
 * <p>Every write carries the idempotency key the engine derived from the work item, the record and
 * its content, so a retried step is answered with the first result instead of a second record.
 * Contacts are written by upsert on {@code external_id} (the GHL contact id), which makes even a
 * lost link harmless. The contract has no deletes, and notes are append-only.
 *
 * <pre>{@code
 * TargetConnector target = OptmyzrTarget.builder(optmyzrClient).build();
 * }</pre>
 */
public final class OptmyzrTarget extends SimpleTargetConnector {
  private static final Set<String> TASK_IDENTITY = Set.of("title", "body", "due_at");
  private static final Set<String> NOTE_IDENTITY = Set.of("body", "occurred_at");

  private final OptmyzrClient client;
  private final String name;

  private OptmyzrTarget(Builder b) {
    this.client = b.client;
    this.name = b.name;
  }

  /**
   * Starts a target.
   *
   * @param client the Optmyzr client (with the contract base URL set)
   * @return a builder
   */
  public static Builder builder(OptmyzrClient client) {
    return new Builder(client);
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public TargetCapabilities capabilities() {
    return new TargetCapabilities(Map.of(), Set.of(EntityKind.CONTACT, EntityKind.TASK), true);
  }

  @Override
  protected List<TargetMatch> findContacts(DuplicateQuery query) {
    Map<String, TargetMatch> matches = new LinkedHashMap<>();
    for (String email : query.emails()) {
      client
          .contacts()
          .findByEmail(email)
          .ifPresent(
              c ->
                  matches.putIfAbsent(
                      c.id(), new TargetMatch(c.id(), OptmyzrFields.read(c.fields()))));
    }
    return List.copyOf(matches.values());
  }

  @Override
  protected List<TargetMatch> findChild(
      EntityKind kind, String targetContactId, MappedRecord record) {
    if (kind == EntityKind.TASK) {
      return client
          .tasks()
          .listAll(TaskQuery.byContact(targetContactId))
          .filter(t -> matches(OptmyzrFields.read(t), record, TASK_IDENTITY))
          .map(t -> new TargetMatch(t.id(), OptmyzrFields.read(t)))
          .toList();
    }
    return client
        .notes()
        .listAll(targetContactId)
        .filter(n -> matches(OptmyzrFields.read(n), record, NOTE_IDENTITY))
        .map(n -> new TargetMatch(n.id(), OptmyzrFields.read(n)))
        .toList();
  }

  /** Compares identifying fields only: a task's status may have moved on since it was created. */
  private static boolean matches(Map<String, Object> read, MappedRecord record, Set<String> keys) {
    for (Map.Entry<String, Object> e : record.fields().entrySet()) {
      if (!keys.contains(e.getKey())) {
        continue;
      }
      Object actual = read.get(e.getKey());
      if (actual != null && !MappedValues.same(actual, e.getValue())) {
        return false;
      }
    }
    return true;
  }

  @Override
  protected String create(TargetOperation.Create create) {
    RequestOptions key = IdempotencyKey.of(create.idempotencyKey()).options();
    MappedRecord record = create.record();
    if (create.kind() == EntityKind.CONTACT) {
      return client
          .contacts()
          .upsertByExternalId(create.ghlId(), OptmyzrFields.contact(record), key)
          .contact()
          .id();
    }
    String contactId = create.targetContactId().orElseThrow();
    if (create.kind() == EntityKind.TASK) {
      String id = client.tasks().create(OptmyzrFields.newTask(record, contactId), key).id();
      if (OptmyzrFields.completed(record)) {
        client
            .tasks()
            .complete(id, IdempotencyKey.derive(create.idempotencyKey(), "complete").options());
      }
      return id;
    }
    return client.notes().create(contactId, OptmyzrFields.newNote(record), key).id();
  }

  @Override
  protected void update(TargetOperation.Update update) {
    RequestOptions key = IdempotencyKey.of(update.idempotencyKey()).options();
    if (update.kind() == EntityKind.CONTACT) {
      client.contacts().update(update.targetId(), OptmyzrFields.contact(update.changes()), key);
    } else if (update.kind() == EntityKind.TASK) {
      client.tasks().update(update.targetId(), OptmyzrFields.taskPatch(update.changes()), key);
    } else {
      throw new UnsupportedOperationException("Optmyzr notes are append-only");
    }
  }

  /** Contacts updated since an instant ({@code updated_after}). */
  @Override
  public Optional<TargetChangeFeed> changeFeed() {
    return Optional.of(
        since ->
            client
                .contacts()
                .listAll(ContactQuery.builder().updatedAfter(since).build())
                .flatMap(
                    (Contact c) ->
                        c.updatedAt().stream()
                            .map(at -> new TargetChange(EntityKind.CONTACT, c.id(), at)))
                .toList());
  }

  /** Builder of an {@link OptmyzrTarget}. */
  public static final class Builder {
    private final OptmyzrClient client;
    private String name = "optmyzr";

    private Builder(OptmyzrClient client) {
      this.client = Objects.requireNonNull(client, "client");
    }

    /**
     * Sets the name used in link keys (default {@code optmyzr}).
     *
     * @param value the name
     * @return this builder
     */
    public Builder name(String value) {
      if (value.isBlank()) {
        throw new IllegalArgumentException("name must not be blank");
      }
      this.name = value;
      return this;
    }

    /**
     * Builds the target.
     *
     * @return the target
     */
    public OptmyzrTarget build() {
      return new OptmyzrTarget(this);
    }
  }
}
