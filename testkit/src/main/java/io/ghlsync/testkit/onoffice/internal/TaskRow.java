package io.ghlsync.testkit.onoffice.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** A stored task. Mutated only under the service lock. */
public final class TaskRow {
  private final long id;
  private final Map<String, Object> data = new LinkedHashMap<>();
  private @Nullable Long relatedAddressId;

  /**
   * Creates an empty task.
   *
   * @param id the task id
   */
  public TaskRow(long id) {
    this.id = id;
  }

  /** The task id. */
  public long id() {
    return id;
  }

  /** The task fields (mutable). */
  public Map<String, Object> data() {
    return data;
  }

  /** The linked address, or null. */
  public @Nullable Long relatedAddressId() {
    return relatedAddressId;
  }

  /**
   * Links an address.
   *
   * @param value the address id
   */
  public void relatedAddressId(long value) {
    this.relatedAddressId = value;
  }

  /** A snapshot for assertions. */
  public Map<String, Object> snapshot() {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("id", id);
    out.putAll(data);
    if (relatedAddressId != null) {
      out.put("relatedAddressId", relatedAddressId);
    }
    return out;
  }
}
