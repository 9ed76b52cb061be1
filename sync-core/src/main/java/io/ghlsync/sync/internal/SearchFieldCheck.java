package io.ghlsync.sync.internal;

import io.ghlsync.ghl.model.Contact;
import io.ghlsync.sync.mapping.FieldRule;
import io.ghlsync.sync.mapping.SourceRecord;
import io.ghlsync.sync.mapping.ValueSource;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Whether a contact from a search page can stand in for {@code GET /contacts/{id}}: GHL's spec
 * leaves the search response undefined, so the engine checks, per location, that search pages carry
 * the fields the mappings read.
 *
 * <p>A field counts as carried once a page record has a value for it. A page record without a value
 * for a field not yet known to be carried is fetched with a GET while the page is read, and the GET
 * is compared: when it has the value the page lacked, the location's search results are partial,
 * this is logged once, and every contact of the location is fetched from then on; after {@value
 * #AGREEING} GETs that agree the field is empty, page records without it are trusted. So a field no
 * contact has costs at most {@value #AGREEING} GETs per location.
 */
final class SearchFieldCheck {
  private static final Logger LOG = LoggerFactory.getLogger("io.ghlsync.sync");

  /** GETs that must agree with a page's empty field before page records are trusted for it. */
  static final int AGREEING = 3;

  private final Set<String> needed;
  private final Map<String, Location> locations = new HashMap<>();

  /** What is known of one location's search results. */
  private static final class Location {
    final Set<String> carried = new HashSet<>();
    final Map<String, Integer> agreeing = new HashMap<>();
    boolean partial;
  }

  /**
   * Creates the check.
   *
   * @param needed the source paths the mappings read from a contact
   */
  SearchFieldCheck(Set<String> needed) {
    this.needed = Set.copyOf(needed);
  }

  /**
   * The contact paths some rules read: {@code email}, {@code customFields.abc}; derived values
   * ({@code $enriched}, {@code $score}) are computed by the engine, not read.
   *
   * @param rules the contact rules of every mapping
   * @return the paths
   */
  static Set<String> pathsOf(List<FieldRule> rules) {
    Set<String> out = new LinkedHashSet<>();
    for (FieldRule rule : rules) {
      if (rule.source() instanceof ValueSource.Path p) {
        add(out, p.path());
      } else if (rule.source() instanceof ValueSource.Concat c) {
        c.paths().forEach(path -> add(out, path));
      }
    }
    return out;
  }

  private static void add(Set<String> out, String path) {
    if (path.startsWith("$")) {
      return;
    }
    String[] parts = path.split("\\.", 3);
    out.add(
        parts[0].equals("customFields") && parts.length > 1 ? parts[0] + "." + parts[1] : parts[0]);
  }

  /**
   * The fields the mappings read that a page record has no value for and that are not yet known to
   * be carried by the location's search pages (fields it has a value for count as carried from now
   * on).
   *
   * @param locationId the location
   * @param contact the record from the search page
   * @return the paths to check with a GET; empty when the record may stand in for one
   */
  synchronized Set<String> unverified(String locationId, Contact contact) {
    Location state = locations.computeIfAbsent(locationId, k -> new Location());
    SourceRecord source = GhlContactState.source(contact);
    Set<String> missing = new LinkedHashSet<>();
    for (String path : needed) {
      if (state.carried.contains(path)) {
        continue;
      }
      if (source.get(path).isPresent()) {
        state.carried.add(path);
      } else {
        missing.add(path);
      }
    }
    return missing;
  }

  /**
   * Compares a contact fetched with a GET with what its page record lacked: a value the page did
   * not have makes the location's search results partial (logged once); a GET that agrees counts
   * towards trusting page records without the field.
   *
   * @param locationId the location
   * @param missing the paths the page record had no value for
   * @param fetched the same contact from {@code GET /contacts/{id}}
   */
  synchronized void compare(String locationId, Set<String> missing, Contact fetched) {
    Location state = locations.computeIfAbsent(locationId, k -> new Location());
    if (state.partial) {
      return;
    }
    SourceRecord source = GhlContactState.source(fetched);
    for (String path : missing) {
      if (source.get(path).isPresent()) {
        state.partial = true;
        LOG.warn(
            "search results of GHL location {} lack '{}', which a mapping reads: every contact of"
                + " the location is fetched with GET /contacts/:id from now on (one request more"
                + " per contact); set useSearchResults(false) to make that the rule",
            locationId,
            path);
        return;
      }
      if (state.agreeing.merge(path, 1, Integer::sum) >= AGREEING) {
        state.carried.add(path);
      }
    }
  }

  /**
   * Whether a location's search results turned out partial.
   *
   * @param locationId the location
   * @return true when every contact of it is fetched
   */
  synchronized boolean partial(String locationId) {
    Location state = locations.get(locationId);
    return state != null && state.partial;
  }
}
