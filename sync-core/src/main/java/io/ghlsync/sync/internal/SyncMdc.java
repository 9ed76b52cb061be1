package io.ghlsync.sync.internal;

import io.ghlsync.sync.store.WorkItem;
import org.jspecify.annotations.Nullable;
import org.slf4j.MDC;

/**
 * Puts the ids of the contact being synced into the SLF4J MDC ({@code ghlsync.location}, {@code
 * ghlsync.contact}, {@code ghlsync.target}) for the length of a try-with-resources block, and
 * restores what was there before.
 */
public final class SyncMdc implements AutoCloseable {
  /** MDC key of the GHL location id. */
  public static final String LOCATION = "ghlsync.location";

  /** MDC key of the GHL contact id. */
  public static final String CONTACT = "ghlsync.contact";

  /** MDC key of the target's name. */
  public static final String TARGET = "ghlsync.target";

  private final @Nullable String location;
  private final @Nullable String contact;
  private final @Nullable String target;

  private SyncMdc(String locationId, String contactId, String targetName) {
    this.location = MDC.get(LOCATION);
    this.contact = MDC.get(CONTACT);
    this.target = MDC.get(TARGET);
    MDC.put(LOCATION, locationId);
    MDC.put(CONTACT, contactId);
    MDC.put(TARGET, targetName);
  }

  /**
   * Sets the ids of a work item (its targets comma-separated).
   *
   * @param item the item being synced
   * @return the scope; close it to restore the previous values
   */
  public static SyncMdc of(WorkItem item) {
    return new SyncMdc(item.locationId(), item.contactId(), String.join(",", item.targets()));
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
    return new SyncMdc(locationId, contactId, targetName);
  }

  @Override
  public void close() {
    restore(LOCATION, location);
    restore(CONTACT, contact);
    restore(TARGET, target);
  }

  private static void restore(String key, @Nullable String value) {
    if (value == null) {
      MDC.remove(key);
    } else {
      MDC.put(key, value);
    }
  }
}
