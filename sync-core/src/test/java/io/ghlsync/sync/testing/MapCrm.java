package io.ghlsync.sync.testing;

import io.ghlsync.sync.mapping.MappedRecord;
import io.ghlsync.sync.model.DeletePolicy;
import io.ghlsync.sync.model.EntityKind;
import io.ghlsync.sync.target.DuplicateQuery;
import io.ghlsync.sync.target.SimpleTargetConnector;
import io.ghlsync.sync.target.TargetCapabilities;
import io.ghlsync.sync.target.TargetMatch;
import io.ghlsync.sync.target.TargetOperation;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Another CRM plugged in through the SPI, the way sync-core's README describes: records kept in
 * maps, found by e-mail, every delete policy and every update supported.
 */
public final class MapCrm extends SimpleTargetConnector {
  private final Map<EntityKind, Map<String, Map<String, Object>>> records =
      new EnumMap<>(EntityKind.class);

  /** Writes received (creates, updates, removes). */
  public final AtomicInteger writes = new AtomicInteger();

  private final AtomicInteger ids = new AtomicInteger(100);

  /** An empty CRM. */
  public MapCrm() {
    for (EntityKind kind : EntityKind.values()) {
      records.put(kind, new ConcurrentHashMap<>());
    }
  }

  /**
   * The records of one kind by id.
   *
   * @param kind the entity kind
   * @return the live map of records
   */
  public Map<String, Map<String, Object>> records(EntityKind kind) {
    return Objects.requireNonNull(records.get(kind), "kind");
  }

  private Map<String, Object> record(EntityKind kind, String id) {
    return Objects.requireNonNull(records(kind).get(id), id);
  }

  @Override
  public String name() {
    return "mapcrm";
  }

  @Override
  public TargetCapabilities capabilities() {
    Set<DeletePolicy> both = Set.of(DeletePolicy.ARCHIVE, DeletePolicy.DELETE);
    return new TargetCapabilities(
        Map.of(EntityKind.CONTACT, both, EntityKind.TASK, both, EntityKind.NOTE, both),
        Set.of(EntityKind.values()),
        true);
  }

  @Override
  protected List<TargetMatch> findContacts(DuplicateQuery query) {
    List<TargetMatch> out = new ArrayList<>();
    records(EntityKind.CONTACT)
        .forEach(
            (id, fields) -> {
              if (query.emails().contains(String.valueOf(fields.get("email")))) {
                out.add(new TargetMatch(id, fields));
              }
            });
    return out;
  }

  @Override
  protected String create(TargetOperation.Create create) {
    writes.incrementAndGet();
    String id = Integer.toString(ids.incrementAndGet());
    Map<String, Object> fields = new LinkedHashMap<>(create.record().fields());
    create.targetContactId().ifPresent(parent -> fields.put("parent", parent));
    records(create.kind()).put(id, fields);
    return id;
  }

  @Override
  protected void update(TargetOperation.Update update) {
    writes.incrementAndGet();
    Map<String, Object> fields = record(update.kind(), update.targetId());
    MappedRecord changes = update.changes();
    fields.putAll(changes.fields());
    changes.cleared().forEach(fields::remove);
  }

  @Override
  protected void remove(TargetOperation.Remove remove) {
    writes.incrementAndGet();
    if (remove.mode() == DeletePolicy.DELETE) {
      records(remove.kind()).remove(remove.targetId());
    } else {
      record(remove.kind(), remove.targetId()).put("archived", true);
    }
  }
}
