package io.ghlsync.sync.score;

import io.ghlsync.ghl.model.Contact;
import io.ghlsync.sync.enrich.Enrichment;
import java.lang.reflect.RecordComponent;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The source paths a scoring or rules file may read, so that a typo is refused at load instead of
 * never matching: the GHL contact's fields (and anything below them, e.g. {@code
 * attributionSource.utmSource} or {@code customFields.<id>}), the enrichment's fields under {@code
 * $enriched.} and, for activity rules, the score under {@code $score.}.
 */
public final class FieldCatalog {
  private static final Set<String> CONTACT = contactFields();
  private static final Set<String> SCORE = Set.of("value", "reasons", "reasonText", "version");

  private final Set<String> enriched;
  private final boolean scored;

  private FieldCatalog(Set<String> enriched, boolean scored) {
    this.enriched = Set.copyOf(enriched);
    this.scored = scored;
  }

  /**
   * The paths of a contact enriched by the given enrichment, without a score.
   *
   * @param enrichment the enrichment the engine runs
   * @return the catalog
   */
  public static FieldCatalog of(Enrichment enrichment) {
    return new FieldCatalog(enrichment.fields(), false);
  }

  /**
   * The same paths plus the score's.
   *
   * @return the catalog
   */
  public FieldCatalog withScore() {
    return new FieldCatalog(enriched, true);
  }

  private static Set<String> contactFields() {
    Set<String> out = new TreeSet<>();
    for (RecordComponent c : Contact.class.getRecordComponents()) {
      out.add(c.getName());
    }
    out.remove("searchAfter");
    return out;
  }

  /**
   * Why a path cannot be read, if it cannot.
   *
   * @param path a dotted source path
   * @return the problem and its fix, empty when the path is known
   */
  public Optional<String> problem(String path) {
    String[] parts = path.split("\\.", 2);
    String root = parts[0];
    if (root.equals(Enrichment.PREFIX)) {
      return parts.length == 2 && enriched.contains(parts[1])
          ? Optional.empty()
          : Optional.of("unknown enriched field '" + path + "'; known: " + new TreeSet<>(enriched));
    }
    if (root.equals(Score.PREFIX)) {
      if (!scored) {
        return Optional.of("'" + path + "' is not available here: scores are computed from it");
      }
      return parts.length == 2 && SCORE.contains(parts[1])
          ? Optional.empty()
          : Optional.of(
              "unknown score field '" + path + "'; known: $score." + new TreeSet<>(SCORE));
    }
    return CONTACT.contains(root)
        ? Optional.empty()
        : Optional.of(
            "unknown contact field '"
                + root
                + "'; use a GHL contact field (e.g. email, tags, customFields.<id>) or"
                + " $enriched.<field>");
  }
}
