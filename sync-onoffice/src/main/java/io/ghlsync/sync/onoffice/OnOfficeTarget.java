package io.ghlsync.sync.onoffice;

import io.ghlsync.core.Page;
import io.ghlsync.onoffice.ActivityActions;
import io.ghlsync.onoffice.AddressActions;
import io.ghlsync.onoffice.BatchEntry;
import io.ghlsync.onoffice.OnOfficeBatch;
import io.ghlsync.onoffice.OnOfficeClient;
import io.ghlsync.onoffice.TaskActions;
import io.ghlsync.onoffice.model.Activity;
import io.ghlsync.onoffice.model.ActivityQuery;
import io.ghlsync.onoffice.model.Address;
import io.ghlsync.onoffice.model.Task;
import io.ghlsync.onoffice.model.TaskQuery;
import io.ghlsync.sync.model.DeletePolicy;
import io.ghlsync.sync.model.EntityKind;
import io.ghlsync.sync.target.TargetCapabilities;
import io.ghlsync.sync.target.TargetChange;
import io.ghlsync.sync.target.TargetChangeFeed;
import io.ghlsync.sync.target.TargetConnector;
import io.ghlsync.sync.target.TargetMatch;
import io.ghlsync.sync.target.TargetOperation;
import io.ghlsync.sync.target.TargetResult;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The onOffice enterprise target. Contacts are addresses, tasks are tasks linked to the address,
 * notes are agents-log entries. Each batch of engine steps travels as one onOffice batch (the
 * client splits it into requests of its {@code maxActionsPerRequest} actions), so a backfill costs
 * a small fraction of a request per contact.
 *
 * <p>onOffice cannot delete addresses, tasks or agents-log entries through the API: contacts can be
 * archived ({@code Status = 0}), tasks archived as cancelled ({@code Status = 5}); notes cannot be
 * changed after creation. Duplicates are found by every e-mail and phone entry.
 *
 * <pre>{@code
 * TargetConnector target = OnOfficeTarget.builder(onOfficeClient).build();
 * }</pre>
 */
public final class OnOfficeTarget implements TargetConnector {
  private final OnOfficeClient client;
  private final String name;
  private final ZoneId zone;

  private OnOfficeTarget(Builder b) {
    this.client = b.client;
    this.name = b.name;
    this.zone = b.zone;
  }

  /**
   * Starts a target.
   *
   * @param client the onOffice client
   * @return a builder
   */
  public static Builder builder(OnOfficeClient client) {
    return new Builder(client);
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public TargetCapabilities capabilities() {
    return new TargetCapabilities(
        Map.of(
            EntityKind.CONTACT, Set.of(DeletePolicy.ARCHIVE),
            EntityKind.TASK, Set.of(DeletePolicy.ARCHIVE)),
        Set.of(EntityKind.CONTACT, EntityKind.TASK),
        true);
  }

  @Override
  public List<TargetResult> execute(List<TargetOperation> operations) {
    OnOfficeBatch batch = client.batch();
    List<Supplier<TargetResult>> results = new ArrayList<>(operations.size());
    for (TargetOperation op : operations) {
      try {
        results.add(add(batch, op));
      } catch (RuntimeException e) {
        TargetResult failed = new TargetResult.Failed(e);
        results.add(() -> failed);
      }
    }
    if (batch.size() > 0) {
      batch.execute();
    }
    List<TargetResult> out = new ArrayList<>(results.size());
    for (Supplier<TargetResult> r : results) {
      try {
        out.add(r.get());
      } catch (RuntimeException e) {
        out.add(new TargetResult.Failed(e));
      }
    }
    return out;
  }

  private Supplier<TargetResult> add(OnOfficeBatch batch, TargetOperation op) {
    if (op instanceof TargetOperation.FindContact f) {
      return findContact(batch, f);
    } else if (op instanceof TargetOperation.FindChild f) {
      return findChild(batch, f);
    } else if (op instanceof TargetOperation.Create c) {
      return create(batch, c);
    } else if (op instanceof TargetOperation.Update u) {
      return update(batch, u);
    }
    return remove(batch, (TargetOperation.Remove) op);
  }

  private Supplier<TargetResult> findContact(OnOfficeBatch batch, TargetOperation.FindContact f) {
    List<String> read = new ArrayList<>(f.fields());
    List<BatchEntry<List<Address>>> entries = new ArrayList<>();
    f.query().emails().forEach(e -> entries.add(batch.add(AddressActions.findByEmail(e, read))));
    f.query().phones().forEach(p -> entries.add(batch.add(AddressActions.findByPhone(p, read))));
    return () -> {
      Map<Long, TargetMatch> matches = new LinkedHashMap<>();
      for (BatchEntry<List<Address>> entry : entries) {
        for (Address a : entry.get()) {
          matches.putIfAbsent(a.id(), OnOfficeMatches.address(a, f.fields()));
        }
      }
      return new TargetResult.Found(List.copyOf(matches.values()));
    };
  }

  private Supplier<TargetResult> findChild(OnOfficeBatch batch, TargetOperation.FindChild f) {
    long address = id(f.targetContactId(), "target contact id");
    if (f.kind() == EntityKind.TASK) {
      BatchEntry<Page<Task>> tasks =
          batch.add(
              TaskActions.list(
                  TaskQuery.builder()
                      .relatedAddressId(address)
                      .data(f.record().fields().keySet())
                      .build()));
      return () ->
          found(
              tasks.get().items().stream()
                  .map(t -> OnOfficeMatches.task(t, f.record(), zone))
                  .toList());
    }
    BatchEntry<Page<Activity>> notes =
        batch.add(
            ActivityActions.list(
                ActivityQuery.builder()
                    .addressid(List.of(address))
                    .data(OnOfficeMatches.noteReadFields())
                    .build()));
    return () ->
        found(
            notes.get().items().stream()
                .map(a -> OnOfficeMatches.note(a, f.record(), zone))
                .toList());
  }

  private static TargetResult found(List<Optional<TargetMatch>> candidates) {
    return new TargetResult.Found(candidates.stream().flatMap(Optional::stream).toList());
  }

  private Supplier<TargetResult> create(OnOfficeBatch batch, TargetOperation.Create c) {
    BatchEntry<Long> entry;
    if (c.kind() == EntityKind.CONTACT) {
      entry = batch.add(AddressActions.create(OnOfficeWrites.newAddress(c.record(), zone)));
    } else {
      long address = id(c.targetContactId().orElseThrow(), "target contact id");
      entry =
          c.kind() == EntityKind.TASK
              ? batch.add(TaskActions.create(OnOfficeWrites.newTask(c.record(), address, zone)))
              : batch.add(
                  ActivityActions.create(OnOfficeWrites.newActivity(c.record(), address, zone)));
    }
    return () -> new TargetResult.Created(Long.toString(entry.get()));
  }

  private Supplier<TargetResult> update(OnOfficeBatch batch, TargetOperation.Update u) {
    long id = id(u.targetId(), "target id");
    BatchEntry<?> entry;
    if (u.kind() == EntityKind.CONTACT) {
      entry =
          batch.add(
              AddressActions.update(
                  id, OnOfficeWrites.addressChanges(u.changes(), u.previous(), zone)));
    } else if (u.kind() == EntityKind.TASK) {
      entry = batch.add(TaskActions.update(id, OnOfficeWrites.taskChanges(u.changes(), zone)));
    } else {
      throw new UnsupportedOperationException(
          "onOffice agents-log entries (notes) cannot be updated");
    }
    return () -> {
      entry.get();
      return new TargetResult.Done();
    };
  }

  private Supplier<TargetResult> remove(OnOfficeBatch batch, TargetOperation.Remove r) {
    if (r.mode() != DeletePolicy.ARCHIVE || r.kind() == EntityKind.NOTE) {
      throw new UnsupportedOperationException(
          "onOffice can only archive contacts and tasks, not " + r.mode() + " " + r.kind());
    }
    long id = id(r.targetId(), "target id");
    BatchEntry<?> entry =
        r.kind() == EntityKind.CONTACT
            ? batch.add(AddressActions.archive(id))
            : batch.add(TaskActions.update(id, OnOfficeWrites.cancelled()));
    return () -> {
      entry.get();
      return new TargetResult.Done();
    };
  }

  private static long id(String value, String what) {
    try {
      return Long.parseLong(value);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(what + " must be an onOffice record number: " + value, e);
    }
  }

  /** Addresses changed since an instant, from onOffice's {@code Aenderung} field. */
  @Override
  public Optional<TargetChangeFeed> changeFeed() {
    return Optional.of(
        since ->
            client
                .addresses()
                .changedSince(since.atZone(zone).toLocalDateTime(), List.of())
                .flatMap(
                    a ->
                        a.modifiedAt().stream()
                            .map(
                                at ->
                                    new TargetChange(
                                        EntityKind.CONTACT,
                                        Long.toString(a.id()),
                                        at.atZone(zone).toInstant())))
                .toList());
  }

  /** Builder of an {@link OnOfficeTarget}. */
  public static final class Builder {
    private final OnOfficeClient client;
    private String name = "onoffice";
    private ZoneId zone = ZoneId.of("Europe/Berlin");

    private Builder(OnOfficeClient client) {
      this.client = Objects.requireNonNull(client, "client");
    }

    /**
     * Sets the name used in link keys (default {@code onoffice}); use distinct names for two
     * onOffice accounts sharing one store.
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
     * Sets the zone of onOffice's local date/times (default {@code Europe/Berlin}): mapped dates
     * with an offset are written in it, dates read back are decoded in it, and the change feed
     * reads modification times in it.
     *
     * @param value the zone
     * @return this builder
     */
    public Builder zone(ZoneId value) {
      this.zone = Objects.requireNonNull(value, "zone");
      return this;
    }

    /**
     * Builds the target.
     *
     * @return the target
     */
    public OnOfficeTarget build() {
      return new OnOfficeTarget(this);
    }
  }
}
