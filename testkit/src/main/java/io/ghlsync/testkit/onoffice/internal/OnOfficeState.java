package io.ghlsync.testkit.onoffice.internal;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Everything the fake stores, with its id sequences. Used only under the service lock. */
public final class OnOfficeState {
  /** Relation type linking a task (parent) to an address (child). */
  public static final String TASK_ADDRESS =
      "urn:onoffice-de-ns:smart:2.5:relationTypes:task:address";

  /** Relation type linking an agents-log entry (parent) to an address (child). */
  public static final String AGENTSLOG_ADDRESS =
      "urn:onoffice-de-ns:smart:2.5:relationTypes:agentsLog:address";

  private final Clock clock;
  private final ZoneId zone;
  private final Map<Long, AddressRow> addresses = new TreeMap<>();
  private final Map<Long, TaskRow> tasks = new TreeMap<>();
  private final Map<Long, ActivityRow> activities = new TreeMap<>();
  private final Set<RelationRow> relations = new LinkedHashSet<>();
  private long nextAddressId = 1001;
  private long nextEntryId = 13001;
  private long nextTaskId = 401;
  private long nextActivityId = 67001;

  /**
   * Creates empty state.
   *
   * @param clock the fake's clock
   * @param zone the zone onOffice's local date-times are in
   */
  public OnOfficeState(Clock clock, ZoneId zone) {
    this.clock = clock;
    this.zone = zone;
  }

  /** Now in onOffice's local time, to the second. */
  public LocalDateTime now() {
    return LocalDateTime.ofInstant(clock.instant(), zone).withNano(0);
  }

  /** Addresses by id (mutable, sorted). */
  public Map<Long, AddressRow> addresses() {
    return addresses;
  }

  /** Tasks by id (mutable, sorted). */
  public Map<Long, TaskRow> tasks() {
    return tasks;
  }

  /** Agents-log entries by id (mutable, sorted). */
  public Map<Long, ActivityRow> activities() {
    return activities;
  }

  /** Relations (mutable, in creation order). */
  public Set<RelationRow> relations() {
    return relations;
  }

  /** A new empty address with the next id, stored. */
  public AddressRow newAddress() {
    AddressRow row = new AddressRow(nextAddressId++);
    addresses.put(row.id(), row);
    return row;
  }

  /** The next contact entry id. */
  public long nextEntryId() {
    return nextEntryId++;
  }

  /** A new empty task with the next id, stored. */
  public TaskRow newTask() {
    TaskRow row = new TaskRow(nextTaskId++);
    tasks.put(row.id(), row);
    return row;
  }

  /** The next agents-log id. */
  public long nextActivityId() {
    return nextActivityId++;
  }
}
