package io.ghlsync.sync.enrich;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The contact's tags as a set: {@code tags} (trimmed, lower case, sorted, each once) and {@code
 * tagCount}. Rules compare tags through this field so that {@code "VIP "} and {@code "vip"} are one
 * tag.
 */
public final class TagEnricher implements Enricher {

  /** Creates the enricher. */
  public TagEnricher() {}

  @Override
  public Set<String> fields() {
    return Set.of("tags", "tagCount");
  }

  @Override
  public Map<String, Object> enrich(ContactActivity activity) {
    Set<String> tags = new TreeSet<>();
    for (String tag : SourceValues.texts(activity.contact(), "tags")) {
      tags.add(tag.toLowerCase(Locale.ROOT));
    }
    return Map.of("tags", List.copyOf(tags), "tagCount", (long) tags.size());
  }
}
