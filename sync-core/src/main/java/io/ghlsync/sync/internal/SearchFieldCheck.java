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
 * for a field not yet known to be carried is fetched with a GET instead, and the GET is compared:
 * when it has the value the page lacked, the location's search results are partial, this is logged
 * once, and every contact of the location is fetched from then on; after {@value #AGREEING} GETs
 * that agree the field is empty, page records without it are trusted.
 */
final class SearchFieldCheck {
  private static final Logger LOG = LoggerFactory.getLogger("io.ghlsync.sync");

  /** GETs that must agree with a page's empty field before page records are trusted for it. */
  static final int AGREEING = 3;

  /** Open probes per location at most (contacts whose GET never came are forgotten). */
  private static final int MAX_PROBES = 1_000;

  private final Set<String> needed;
  private final Map<String, Location> locations = new HashMap<>();

  /** What is known of one location's search results. */
  private static final class Location {
    final Set<String> carried = new HashSet<>();
    final Map<String, Integer> agreeing = new HashMap<>();
    final Map<String, Set<String>> probes = new HashMap<>();
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
   * Whether the page's record may be used as the contact's latest read; if not, the record is
   * remembered so that {@link #fetched} can compare the GET with it.
   *
   * @param locationId the location
   * @param contact the record from the search page
   * @return true when usable
   */
  synchronized boolean usable(String locationId, Contact contact) {
    Location state = locations.computeIfAbsent(locationId, k -> new Location());
    if (state.partial) {
      return false;
    }
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
    if (missing.isEmpty()) {
      return true;
    }
    if (state.probes.size() < MAX_PROBES) {
      state.probes.put(contact.id(), missing);
    }
    return false;
  }

  /**
   * Compares a contact fetched with a GET with what its page record lacked.
   *
   * @param locationId the location
   * @param contact the fetched contact
   */
  synchronized void fetched(String locationId, Contact contact) {
    Location state = locations.get(locationId);
    if (state == null) {
      return;
    }
    Set<String> probe = state.probes.remove(contact.id());
    if (probe == null || state.partial) {
      return;
    }
    SourceRecord source = GhlContactState.source(contact);
    for (String path : probe) {
      if (source.get(path).isPresent()) {
        state.partial = true;
        state.probes.clear();
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
