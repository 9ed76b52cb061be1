package io.ghlsync.examples.demo;

import io.ghlsync.sync.SyncEngine;
import io.ghlsync.sync.model.EntityKind;
import io.ghlsync.sync.store.AuditEntry;
import io.ghlsync.sync.store.Link;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Prints one contact's audit trail across every target and where its state lives: GHL as the source
 * of truth, the linked target records, and the sync store.
 */
final class ContactStory {
  private ContactStory() {}

  /**
   * Prints the story.
   *
   * @param out where to print
   * @param engine the engine (its targets, store and audit trail)
   * @param ghlBaseUrl the GHL API base URL, to show the source record's address
   * @param locationId the GHL location
   * @param contactId the GHL contact
   * @param storeNote how the store keeps its data (in memory, a database ...)
   * @return the contact's audit entries
   */
  static List<AuditEntry> print(
      PrintStream out,
      SyncEngine engine,
      String ghlBaseUrl,
      String locationId,
      String contactId,
      String storeNote) {
    List<AuditEntry> trail = engine.audit(locationId, contactId);
    out.println();
    out.println(
        "Audit trail of GHL contact "
            + contactId
            + " (oldest first, "
            + trail.size()
            + " decisions, mapping version recorded with each):");
    if (trail.isEmpty()) {
      out.println("  (no decisions recorded)");
    }
    AuditLines.render(trail, "  ", true).forEach(out::println);
    out.println();
    out.println("Where this contact's state lives:");
    out.println(
        String.format(
            Locale.ROOT,
            "  %-12s %s",
            "GHL",
            "the source of truth: GET "
                + ghlBaseUrl
                + "/contacts/"
                + contactId
                + " (location "
                + locationId
                + "); the engine always re-reads it"));
    for (String target : engine.targetNames()) {
      List<Link> links = engine.store().forTarget(target).links().forContact(locationId, contactId);
      out.println(String.format(Locale.ROOT, "  %-12s %s", target, describe(links)));
    }
    out.println(
        String.format(
            Locale.ROOT,
            "  %-12s %s",
            "sync store",
            engine.store().getClass().getSimpleName() + ": " + storeNote));
    out.println(
        String.format(
            Locale.ROOT,
            "  %-12s %s",
            "",
            "It holds the links above with a fingerprint and snapshot of what was last written,"
                + " the work queue, cursors, seen webhook ids and the audit trail."));
    return trail;
  }

  private static String describe(List<Link> links) {
    if (links.isEmpty()) {
      return "not linked (nothing written)";
    }
    StringBuilder b = new StringBuilder();
    for (EntityKind kind : EntityKind.values()) {
      List<Link> of = links.stream().filter(l -> l.key().kind() == kind).toList();
      if (of.isEmpty()) {
        continue;
      }
      if (b.length() > 0) {
        b.append("; ");
      }
      b.append(kind.name().toLowerCase(Locale.ROOT)).append(of.size() == 1 ? " " : "s ");
      b.append(of.stream().map(Link::targetId).collect(Collectors.joining(", ")));
    }
    Link any = links.get(0);
    b.append("  (mapping version ").append(any.mappingVersion()).append(')');
    return b.toString();
  }
}
