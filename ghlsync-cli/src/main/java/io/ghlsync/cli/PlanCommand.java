package io.ghlsync.cli;

import io.ghlsync.core.ApiException;
import io.ghlsync.ghl.model.Contact;
import io.ghlsync.ghl.model.SearchContactsRequest;
import io.ghlsync.sync.PlannedChange;
import io.ghlsync.sync.SyncPlan;
import io.ghlsync.sync.model.Decision;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ghlsync plan}: a dry run. */
@Command(
    name = "plan",
    mixinStandardHelpOptions = true,
    description = {
      "Dry run: reads contacts from GHL and shows, per target, what a sync would create, update,"
          + " link or skip. Nothing is written anywhere.",
      "Without --contact, plans the first --limit contacts of the location."
    })
final class PlanCommand extends CliCommand {
  @Option(names = "--contact", paramLabel = "ID", description = "a GHL contact (repeatable)")
  private List<String> contacts = new ArrayList<>();

  @Option(
      names = "--limit",
      defaultValue = "10",
      description = "contacts to plan without --contact (default ${DEFAULT-VALUE})")
  private int limit;

  @Option(names = "--location", paramLabel = "ID", description = "the location (if several)")
  private @Nullable String location;

  @Override
  int run() {
    if (limit < 1 || limit > 500) {
      throw CliFailure.usage("--limit must be within 1..500, was " + limit);
    }
    try (Session session = Session.open(config())) {
      String loc = session.location(location);
      List<String> ids = contacts.isEmpty() ? firstContacts(session, loc) : contacts;
      Map<String, Object> doc = new LinkedHashMap<>();
      doc.put("location", loc);
      doc.put("contacts", ids);
      Map<String, Object> byTarget = new LinkedHashMap<>();
      List<String> lines = new ArrayList<>();
      lines.add(
          "Plan for " + ids.size() + " contact(s) of location " + loc + " (nothing written):");
      boolean failed = false;
      for (String target : session.targets.keySet()) {
        SyncPlan plan;
        try {
          plan = session.planner(target).plan(loc, ids);
        } catch (ApiException e) {
          throw Runs.explain("planning", "ghl.credentials.privateToken", e);
        }
        Map<Decision, Integer> counts = new EnumMap<>(Decision.class);
        for (PlannedChange c : plan.changes()) {
          counts.merge(c.decision(), 1, Integer::sum);
        }
        Map<String, Object> t = new LinkedHashMap<>();
        Map<String, Object> countDoc = new LinkedHashMap<>();
        counts.forEach((d, n) -> countDoc.put(d.name(), n));
        t.put("counts", countDoc);
        t.put("changes", SyncCommand.changes(plan.changes()));
        t.put("failures", plan.failures());
        byTarget.put(target, t);
        failed |= !plan.failures().isEmpty();
        lines.add("");
        lines.add(target + ": " + (counts.isEmpty() ? "nothing to do" : countDoc.toString()));
        lines.addAll(SyncCommand.changeLines(plan.changes()));
        plan.failures().forEach((id, why) -> lines.add("  FAILED contact " + id + ": " + why));
      }
      doc.put("targets", byTarget);
      output().print(doc, () -> lines);
      return failed ? Ghlsync.FAILED : Ghlsync.OK;
    }
  }

  private List<String> firstContacts(Session session, String loc) {
    try {
      return session
          .ghl(loc)
          .contacts()
          .search(SearchContactsRequest.builder().pageLimit(limit).build())
          .items()
          .stream()
          .map(Contact::id)
          .toList();
    } catch (ApiException e) {
      throw Runs.explain("listing contacts of " + loc, "ghl.credentials.privateToken", e);
    }
  }
}
