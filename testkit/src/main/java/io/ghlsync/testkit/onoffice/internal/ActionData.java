package io.ghlsync.testkit.onoffice.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The {@code data} of a successful action result.
 *
 * @param records the {@code records}
 * @param cntabsolute {@code meta.cntabsolute}, or null (create, modify)
 * @param cacheable the result's {@code cacheable} flag
 */
public record ActionData(
    List<Map<String, Object>> records, @Nullable Long cntabsolute, boolean cacheable) {

  /**
   * One record.
   *
   * @param id the record id (a number, or text such as {@code relatedIds})
   * @param type the record type
   * @param elements the elements; an empty list renders as onOffice's {@code []}
   * @return the record
   */
  public static Map<String, Object> record(Object id, String type, Object elements) {
    Map<String, Object> r = new LinkedHashMap<>();
    r.put("id", id);
    r.put("type", type);
    r.put("elements", elements);
    return r;
  }

  /**
   * The result of a write: one record with {@code elements} as given.
   *
   * @param id the id
   * @param type the type
   * @param elements the elements ({@code List.of()} for onOffice's {@code []})
   * @return the data
   */
  public static ActionData written(Object id, String type, Object elements) {
    return new ActionData(List.of(record(id, type, elements)), null, false);
  }
}
