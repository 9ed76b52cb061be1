package io.ghlsync.sync.target;

import io.ghlsync.sync.mapping.FieldValues;
import java.util.Map;

/**
 * A record found in the target by a duplicate search.
 *
 * @param targetId the target record id
 * @param fields the record's current values under the mapping's target field names, as far as the
 *     connector can read them; the engine diffs against them so that linking an identical record
 *     writes nothing
 */
public record TargetMatch(String targetId, Map<String, Object> fields) {
  /**
   * Validates and copies the components.
   *
   * @param targetId the target record id
   * @param fields the record's current values under the mapping's target field names, as far as the
   *     connector can read them; the engine diffs against them so that linking an identical record
   *     writes nothing
   */
  @SuppressWarnings("unchecked")
  public TargetMatch {
    if (targetId.isBlank()) {
      throw new IllegalArgumentException("targetId must not be blank");
    }
    fields = (Map<String, Object>) FieldValues.normalize(fields, "match fields");
  }
}
