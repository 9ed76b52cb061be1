package io.ghlsync.sync.enrich;

import java.util.Map;
import java.util.Set;

/**
 * Derives fields from a contact's activity. Implementations are pure and thread-safe; a field
 * without a value (no e-mail, no phone) is left out of the result rather than set to null.
 *
 * <p>Example, a custom enricher: {@code new Enricher() { public Set<String> fields() { return
 * Set.of("vip"); } public Map<String, Object> enrich(ContactActivity a) { return Map.of("vip",
 * a.contact().get("tags").toString().contains("vip")); } }}
 */
public interface Enricher {

  /**
   * The names of the fields this enricher may derive (without the {@code $enriched.} prefix); rule
   * files that read other enriched fields are refused at load.
   *
   * @return the field names
   */
  Set<String> fields();

  /**
   * The parts of the contact's activity this enricher needs; the engine fetches them from GHL (one
   * more request per contact and part). Parts it merely uses when present are not listed.
   *
   * @return the parts, none by default
   */
  default Set<ContactActivity.Part> reads() {
    return Set.of();
  }

  /**
   * Derives the fields.
   *
   * @param activity the contact with its tasks, notes and appointments
   * @return field name to value (String, Boolean, Number or List of those)
   */
  Map<String, Object> enrich(ContactActivity activity);
}
