package io.ghlsync.testkit.onoffice.internal;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A stored agents-log entry: one address per entry, as onOffice creates one entry per address.
 *
 * @param id the entry id
 * @param addressId the address, or 0 for an estate-only entry
 * @param fields the read fields ({@code Aktionsart}, {@code Datum}, {@code Bemerkung}, ...)
 */
public record ActivityRow(long id, long addressId, Map<String, Object> fields) {

  /** A snapshot for assertions. */
  public Map<String, Object> snapshot() {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("id", id);
    out.put("addressId", addressId);
    out.putAll(fields);
    return out;
  }
}
