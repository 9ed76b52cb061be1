package io.ghlsync.sync.mapping;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The rules of one record kind (contact, task or note), applied in order.
 *
 * @param entity the record kind, used in messages ({@code contact}, {@code task}, {@code note})
 * @param rules the rules; each target field at most once
 */
public record EntityMapping(String entity, List<FieldRule> rules) {

  /**
   * Validates that no target field is mapped twice.
   *
   * @param entity the record kind, used in messages ({@code contact}, {@code task}, {@code note})
   * @param rules the rules; each target field at most once
   */
  public EntityMapping {
    rules = List.copyOf(rules);
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < rules.size(); i++) {
      String target = rules.get(i).target();
      if (!seen.add(target)) {
        throw new MappingException(
            entity + " rule #" + (i + 1) + " '" + target + "': target field is mapped twice");
      }
    }
  }

  /**
   * An entity mapping without rules (nothing of this kind is written).
   *
   * @param entity the record kind
   * @return the mapping
   */
  public static EntityMapping none(String entity) {
    return new EntityMapping(entity, List.of());
  }

  /**
   * Applies every rule.
   *
   * @param record the source record
   * @return the mapped record
   * @throws MappingException naming the failing rule
   */
  public MappedRecord apply(SourceRecord record) {
    Map<String, Object> fields = new LinkedHashMap<>();
    Set<String> cleared = new LinkedHashSet<>();
    for (int i = 0; i < rules.size(); i++) {
      FieldRule rule = rules.get(i);
      Optional<Object> value;
      try {
        value = rule.evaluate(record);
      } catch (MappingException e) {
        throw new MappingException(label(i) + ": " + e.getMessage(), e);
      }
      if (value.isPresent()) {
        fields.put(rule.target(), value.get());
      } else if (rule.nullPolicy() == NullPolicy.CLEAR) {
        cleared.add(rule.target());
      }
    }
    return new MappedRecord(fields, cleared);
  }

  /**
   * Whether a target field holds personal data; unknown fields count as personal.
   *
   * @param target the target field name
   * @return true unless a rule for the field says otherwise
   */
  public boolean isPersonal(String target) {
    for (FieldRule rule : rules) {
      if (rule.target().equals(target)) {
        return rule.personal();
      }
    }
    return true;
  }

  /**
   * Whether this kind has any rules.
   *
   * @return true when records of this kind are written
   */
  public boolean isEnabled() {
    return !rules.isEmpty();
  }

  private String label(int index) {
    return entity + " rule #" + (index + 1) + " '" + rules.get(index).target() + "'";
  }
}
