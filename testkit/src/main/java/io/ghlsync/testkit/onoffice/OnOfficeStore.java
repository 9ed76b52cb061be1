package io.ghlsync.testkit.onoffice;

import io.ghlsync.testkit.onoffice.internal.ActionProcessor;
import io.ghlsync.testkit.onoffice.internal.ActivityRow;
import io.ghlsync.testkit.onoffice.internal.AddressRow;
import io.ghlsync.testkit.onoffice.internal.OnOfficeState;
import io.ghlsync.testkit.onoffice.internal.RelationRow;
import io.ghlsync.testkit.onoffice.internal.TaskRow;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The records a {@link FakeOnOffice} holds: seed them directly and read snapshots for assertions.
 * Snapshots are plain maps of the stored fields (whole numbers as longs) plus {@code id}.
 */
public final class OnOfficeStore {
  private static final String[] FIRST = {"Max", "Erika", "Jonas", "Lena", "Paul", "Mia", "Felix"};
  private static final String[] LAST = {"Mustermann", "Schmidt", "Becker", "Wagner", "Hoffmann"};

  private final OnOfficeState state;
  private final ActionProcessor processor;
  private final Object lock;

  OnOfficeStore(OnOfficeState state, ActionProcessor processor, Object lock) {
    this.state = state;
    this.processor = processor;
    this.lock = lock;
  }

  /**
   * Stores an address as {@code create address} would (top-level fields, contact keys such as
   * {@code email}, {@code phone_business}, {@code default_email}).
   *
   * @param parameters create parameters
   * @return the new id
   */
  public long seedAddress(Map<String, ?> parameters) {
    synchronized (lock) {
      return processor.addresses().seed(new LinkedHashMap<>(parameters));
    }
  }

  /**
   * Stores {@code count} deterministic addresses: names from a fixed list, e-mail {@code
   * vorname.name.<n>@example.com}, phone {@code +49 241 <n>}.
   *
   * @param count how many
   * @return their ids in order
   */
  public List<Long> seedAddresses(int count) {
    List<Long> ids = new ArrayList<>(count);
    for (int n = 0; n < count; n++) {
      String first = FIRST[n % FIRST.length];
      String last = LAST[(n / FIRST.length) % LAST.length];
      ids.add(
          seedAddress(
              Map.of(
                  "Vorname",
                  first,
                  "Name",
                  last,
                  "email",
                  (first + "." + last + "." + n + "@example.com").toLowerCase(Locale.ROOT),
                  "phone",
                  "+49 241 " + (100000 + n))));
    }
    return ids;
  }

  /**
   * Stores a task as {@code create task} would.
   *
   * @param addressId the linked address ({@code relatedAddressId})
   * @param data task fields, e.g. {@code Map.of("Betreff", "Call back", "Prio", 3)}
   * @return the new task id
   */
  public long seedTask(long addressId, Map<String, ?> data) {
    synchronized (lock) {
      Map<String, Object> p = new LinkedHashMap<>();
      p.put("data", new LinkedHashMap<>(data));
      p.put("relatedAddressId", addressId);
      return processor.tasks().seed(p);
    }
  }

  /**
   * Stores an agents-log entry for one address as {@code create agentslog} would.
   *
   * @param addressId the address
   * @param actionkind e.g. {@code Email}, {@code Notiz}
   * @param note the note text
   * @param at the entry's date-time in onOffice's local time
   * @return the new entry id
   */
  public long seedNote(long addressId, String actionkind, String note, LocalDateTime at) {
    synchronized (lock) {
      Map<String, Object> p = new LinkedHashMap<>();
      p.put("addressids", List.of(addressId));
      p.put("actionkind", actionkind);
      p.put("note", note);
      p.put("datetime", at.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")));
      return processor.activities().seed(p);
    }
  }

  /**
   * An address as stored: its fields, {@code id} and {@code contacts} (entryId, type, value,
   * default).
   *
   * @param id the address id
   * @return the address, if stored
   */
  public Optional<Map<String, Object>> address(long id) {
    synchronized (lock) {
      AddressRow row = state.addresses().get(id);
      return row == null ? Optional.empty() : Optional.of(row.snapshot());
    }
  }

  /**
   * Every address, by id.
   *
   * @return snapshots of the addresses, ordered by id; empty if none
   */
  public List<Map<String, Object>> addresses() {
    synchronized (lock) {
      return state.addresses().values().stream().map(AddressRow::snapshot).toList();
    }
  }

  /**
   * Every task, by id (fields, {@code id}, {@code relatedAddressId}).
   *
   * @return snapshots of the tasks, ordered by id; empty if none
   */
  public List<Map<String, Object>> tasks() {
    synchronized (lock) {
      return state.tasks().values().stream().map(TaskRow::snapshot).toList();
    }
  }

  /**
   * Every agents-log entry, by id (fields, {@code id}, {@code addressId}).
   *
   * @return snapshots of the entries, ordered by id; empty if none
   */
  public List<Map<String, Object>> activities() {
    synchronized (lock) {
      return state.activities().values().stream().map(ActivityRow::snapshot).toList();
    }
  }

  /**
   * Every relation ({@code type}, {@code parent}, {@code child}), in creation order.
   *
   * @return the relations; empty if none
   */
  public List<Map<String, Object>> relations() {
    synchronized (lock) {
      List<Map<String, Object>> out = new ArrayList<>();
      for (RelationRow r : state.relations()) {
        out.add(Map.of("type", r.type(), "parent", r.parent(), "child", r.child()));
      }
      return out;
    }
  }
}
