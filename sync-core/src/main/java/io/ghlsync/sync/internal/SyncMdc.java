package io.ghlsync.sync.internal;

import io.ghlsync.sync.store.WorkItem;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.slf4j.MDC;

/**
 * Puts the ids of what the engine works on into the SLF4J MDC ({@code ghlsync.location}, {@code
 * ghlsync.contact}, {@code ghlsync.target}, {@code ghlsync.step}) for the length of a
 * try-with-resources block, and restores what was there before. A step that serves several contacts
 * at once (a batched duplicate search or write) names the target and the step and removes the
 * contact, so no log line is attributed to the wrong contact. Ids only: GHL ids and target names
 * are not personal data.
 */
public final class SyncMdc implements AutoCloseable {
  /** MDC key of the GHL location id. */
  public static final String LOCATION = "ghlsync.location";

  /** MDC key of the GHL contact id. */
  public static final String CONTACT = "ghlsync.contact";

  /** MDC key of the target's name. */
  public static final String TARGET = "ghlsync.target";

  /** MDC key of the engine step: fetch, decide, find, write, record, rules. */
  public static final String STEP = "ghlsync.step";

  private final Map<String, @Nullable String> previous = new LinkedHashMap<>();

  private SyncMdc(Map<String, @Nullable String> values) {
    values.forEach(
        (key, value) -> {
          previous.put(key, MDC.get(key));
          set(key, value);
        });
  }

  private static Map<String, @Nullable String> of(
      @Nullable String location,
      @Nullable String contact,
      @Nullable String target,
      @Nullable String step) {
    Map<String, @Nullable String> values = new LinkedHashMap<>();
    values.put(LOCATION, location);
    values.put(CONTACT, contact);
    values.put(TARGET, target);
    values.put(STEP, step);
    return values;
  }

  /**
   * Sets the ids of a work item (its targets comma-separated).
   *
   * @param item the item being synced
   * @return the scope; close it to restore the previous values
   */
  public static SyncMdc of(WorkItem item) {
    return new SyncMdc(
        of(item.locationId(), item.contactId(), String.join(",", item.targets()), null));
  }

  /**
   * Sets the ids of one contact and target.
   *
   * @param locationId the GHL location
   * @param contactId the GHL contact
   * @param targetName the target
   * @return the scope; close it to restore the previous values
   */
  public static SyncMdc of(String locationId, String contactId, String targetName) {
    return new SyncMdc(of(locationId, contactId, targetName, null));
  }

  /**
   * Sets the ids of one contact's engine step.
   *
   * @param locationId the GHL location
   * @param contactId the GHL contact
   * @param targetName the target, or null for a step that serves every target (the GHL read)
   * @param step the step, e.g. {@code "fetch"}
   * @return the scope; close it to restore the previous values
   */
  public static SyncMdc step(
      String locationId, String contactId, @Nullable String targetName, String step) {
    return new SyncMdc(of(locationId, contactId, targetName, step));
  }

  /**
   * Sets a step that serves several contacts of one target at once; the contact (and the location,
   * unless all contacts share it) is removed for its length.
   *
   * @param locationId the location all contacts share, or null when they do not
   * @param targetName the target
   * @param step the step, e.g. {@code "write"}
   * @return the scope; close it to restore the previous values
   */
  public static SyncMdc batch(@Nullable String locationId, String targetName, String step) {
    return new SyncMdc(of(locationId, null, targetName, step));
  }

  @Override
  public void close() {
    previous.forEach(SyncMdc::set);
  }

  private static void set(String key, @Nullable String value) {
    if (value == null) {
      MDC.remove(key);
    } else {
      MDC.put(key, value);
    }
  }
}
