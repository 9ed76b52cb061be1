package io.ghlsync.sync.enrich;

import io.ghlsync.sync.mapping.SourceRecord;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An ordered set of enrichers whose fields are added to the contact under {@link #PREFIX}. Two
 * enrichers may not declare the same field.
 *
 * <p>Example: {@code Enrichment.defaults("DE").apply(activity).get("$enriched.phoneRegion")}.
 */
public final class Enrichment {
  /** The top-level source field that holds the enriched fields. */
  public static final String PREFIX = "$enriched";

  private final List<Enricher> enrichers;
  private final Set<String> fields;

  private Enrichment(List<Enricher> enrichers) {
    this.enrichers = List.copyOf(enrichers);
    Set<String> all = new LinkedHashSet<>();
    for (Enricher e : this.enrichers) {
      for (String field : e.fields()) {
        if (!all.add(field)) {
          throw new IllegalArgumentException(
              "two enrichers derive the field '" + field + "'; rename one of them");
        }
      }
    }
    this.fields = Collections.unmodifiableSet(all);
  }

  /**
   * Enrichment by the given enrichers, in order.
   *
   * @param enrichers the enrichers
   * @return the enrichment
   */
  public static Enrichment of(List<Enricher> enrichers) {
    return new Enrichment(enrichers);
  }

  /**
   * No enrichment: {@link #apply} returns the contact unchanged.
   *
   * @return the empty enrichment
   */
  public static Enrichment none() {
    return new Enrichment(List.of());
  }

  /**
   * Every built-in enricher: e-mail, phone, last activity, tasks, tags and attribution.
   *
   * @param defaultRegion ISO 3166 region used to read national phone numbers, e.g. {@code DE}
   * @return the enrichment
   */
  public static Enrichment defaults(String defaultRegion) {
    return new Enrichment(
        List.of(
            EmailEnricher.withShippedLists(),
            new PhoneEnricher(defaultRegion),
            new ActivityEnricher(),
            new TaskEnricher(),
            new TagEnricher(),
            new AttributionEnricher()));
  }

  /**
   * The same enrichers plus one more.
   *
   * @param enricher the enricher to add last
   * @return the new enrichment
   */
  public Enrichment with(Enricher enricher) {
    List<Enricher> next = new java.util.ArrayList<>(enrichers);
    next.add(enricher);
    return new Enrichment(next);
  }

  /**
   * The fields the enrichers may derive, without the prefix.
   *
   * @return the field names
   */
  public Set<String> fields() {
    return fields;
  }

  /**
   * The parts of the contact's activity the enrichers need fetched.
   *
   * @return the parts
   */
  public Set<ContactActivity.Part> reads() {
    Set<ContactActivity.Part> out = java.util.EnumSet.noneOf(ContactActivity.Part.class);
    enrichers.forEach(e -> out.addAll(e.reads()));
    return out;
  }

  /**
   * Whether nothing would be derived.
   *
   * @return true without enrichers
   */
  public boolean isEmpty() {
    return enrichers.isEmpty();
  }

  /**
   * Derives the fields and adds them to the contact under {@link #PREFIX}.
   *
   * @param activity the contact with its tasks, notes and appointments
   * @return the contact with the derived fields
   */
  public SourceRecord apply(ContactActivity activity) {
    if (enrichers.isEmpty()) {
      return activity.contact();
    }
    Map<String, Object> derived = new LinkedHashMap<>();
    for (Enricher e : enrichers) {
      e.enrich(activity).forEach((k, v) -> putDeclared(e, derived, k, v));
    }
    return activity.contact().with(PREFIX, derived);
  }

  private static void putDeclared(Enricher e, Map<String, Object> out, String field, Object v) {
    if (!e.fields().contains(field)) {
      throw new IllegalStateException(
          e.getClass().getName() + " derived '" + field + "', which its fields() does not declare");
    }
    out.put(field, v);
  }
}
