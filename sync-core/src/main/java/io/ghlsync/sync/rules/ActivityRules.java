package io.ghlsync.sync.rules;

import io.ghlsync.sync.enrich.ContactActivity;
import io.ghlsync.sync.internal.RuleJson;
import io.ghlsync.sync.score.Condition;
import io.ghlsync.sync.score.FieldCatalog;
import io.ghlsync.sync.score.RuleFileException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A rules file: a version and the rules, in order. Loading checks everything a sync would trip over
 * later (unknown keys and fields, bad templates and patterns, impossible thresholds, duplicate ids)
 * and names the rule in the error.
 *
 * <pre>{@code
 * {"version": "office-1",
 *  "rules": [
 *    {"id": "hot-lead", "when": {"scoreCrossed": {"above": 70}},
 *     "task": {"title": "Call {{firstName}} {{lastName}} (score {{$score.value}})",
 *              "body": "{{$score.reasonText}}", "dueInDays": 1, "priority": "high",
 *              "assignee": {"roundRobin": ["agent-1", "agent-2"]}}},
 *    {"id": "idle-30", "when": {"noActivityForDays": 30}, "onlyIf": {"field": "type",
 *     "equals": "lead"}, "task": {"title": "Re-engage {{firstName|the lead}}", "in": "ghl"}}]}
 * }</pre>
 *
 * @param version recorded with each firing's audit entry; change it when the rules change
 * @param rules the rules
 */
public record ActivityRules(String version, List<ActivityRule> rules) {
  private static final Set<String> ROOT_KEYS = Set.of("version", "rules");
  private static final Set<String> RULE_KEYS = Set.of("id", "when", "onlyIf", "task");
  private static final Set<String> TASK_KEYS =
      Set.of("title", "body", "dueInDays", "priority", "assignee", "in");
  private static final Set<String> TRIGGERS =
      Set.of(
          "tagAdded",
          "scoreCrossed",
          "appointmentBooked",
          "appointmentCancelled",
          "taskOverdue",
          "noActivityForDays",
          "noteMatches",
          "statusChanged");

  /**
   * Validates the components.
   *
   * @param version the rules version
   * @param rules the rules
   */
  public ActivityRules {
    if (version.isBlank()) {
      throw new RuleFileException("rules: version must not be blank");
    }
    rules = List.copyOf(rules);
    Set<String> ids = new HashSet<>();
    for (ActivityRule r : rules) {
      if (!ids.add(r.id())) {
        throw new RuleFileException("rule '" + r.id() + "': the id is used twice");
      }
    }
  }

  /**
   * Loads a rules file.
   *
   * @param file the JSON file
   * @param catalog the fields rules and templates may read (with the score when scoring runs)
   * @return the rules
   */
  public static ActivityRules load(Path file, FieldCatalog catalog) {
    try {
      return fromJson(Files.readString(file, StandardCharsets.UTF_8), file.toString(), catalog);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read rules file " + file, e);
    }
  }

  /**
   * Reads a rules file's text.
   *
   * @param json the JSON
   * @param name names the file in errors
   * @param catalog the fields rules and templates may read
   * @return the rules
   */
  public static ActivityRules fromJson(String json, String name, FieldCatalog catalog) {
    RuleJson root = RuleJson.parse(json, "rules " + name, RuleFileException::new);
    root.onlyKeys(ROOT_KEYS);
    List<ActivityRule> rules = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (RuleJson node : root.get("rules").list()) {
      String id = node.get("id").text();
      RuleJson rule = node.renamed("rules " + name + ", rule '" + id + "'");
      if (!ids.add(id)) {
        throw rule.error("the id is used twice; give each rule its own id");
      }
      rule.onlyKeys(RULE_KEYS);
      try {
        rules.add(
            new ActivityRule(
                id,
                trigger(rule.get("when"), catalog),
                rule.opt("onlyIf").map(c -> Condition.fromJson(c, catalog)),
                action(rule.get("task"), catalog)));
      } catch (IllegalArgumentException e) {
        if (e instanceof RuleFileException) {
          throw e;
        }
        throw rule.error(e.getMessage() == null ? "invalid" : e.getMessage());
      }
    }
    return new ActivityRules(root.get("version").text(), rules);
  }

  private static Trigger trigger(RuleJson when, FieldCatalog catalog) {
    Map<String, Object> map = when.map();
    if (map.size() != 1 || !TRIGGERS.contains(map.keySet().iterator().next())) {
      throw when.error("needs exactly one trigger of " + new java.util.TreeSet<>(TRIGGERS));
    }
    String kind = map.keySet().iterator().next();
    RuleJson v = when.get(kind);
    return switch (kind) {
      case "tagAdded" -> new Trigger.TagAdded(v.text());
      case "scoreCrossed" -> scoreCrossed(v);
      case "appointmentBooked" -> flag(v, new Trigger.AppointmentBooked());
      case "appointmentCancelled" -> flag(v, new Trigger.AppointmentCancelled());
      case "taskOverdue" -> flag(v, new Trigger.TaskOverdue());
      case "noActivityForDays" -> {
        catalog
            .problem("$enriched.lastActivityAt")
            .ifPresent(
                p -> {
                  throw v.error("needs the ActivityEnricher in the enrichment (" + p + ")");
                });
        yield new Trigger.NoActivity(v.integer(1, 3650));
      }
      case "noteMatches" -> noteMatches(v);
      default -> statusChanged(v, catalog);
    };
  }

  private static Trigger flag(RuleJson v, Trigger trigger) {
    if (!v.bool()) {
      throw v.error("must be true (remove the rule to turn it off)");
    }
    return trigger;
  }

  private static Trigger scoreCrossed(RuleJson v) {
    v.onlyKeys(Set.of("above", "below"));
    if (v.map().size() != 1) {
      throw v.error("needs exactly one of 'above' (crossing upwards) or 'below' (downwards)");
    }
    boolean up = v.has("above");
    RuleJson t = v.get(up ? "above" : "below");
    double d = t.number();
    if (d != Math.rint(d) || d < 1 || d > 100) {
      throw t.error(
          "threshold " + d + " can never be crossed; scores run from 0 to 100, use 1 to 100");
    }
    return new Trigger.ScoreCrossed((int) d, up);
  }

  private static Trigger noteMatches(RuleJson v) {
    try {
      return new Trigger.NoteMatches(Pattern.compile(v.text()));
    } catch (PatternSyntaxException e) {
      throw v.error("not a valid regular expression: " + e.getDescription());
    }
  }

  private static Trigger statusChanged(RuleJson v, FieldCatalog catalog) {
    v.onlyKeys(Set.of("field", "from", "to"));
    String field = v.get("field").text();
    catalog
        .problem(field)
        .ifPresent(
            p -> {
              throw v.error(p);
            });
    return new Trigger.StatusChanged(
        field, v.opt("from").map(RuleJson::text), v.opt("to").map(RuleJson::text));
  }

  private static TaskAction action(RuleJson task, FieldCatalog catalog) {
    task.onlyKeys(TASK_KEYS);
    TaskTemplate title = TaskTemplate.parse(task.get("title").text(), catalog);
    TaskTemplate body =
        TaskTemplate.parse(task.opt("body").map(RuleJson::anyText).orElse(""), catalog);
    int due = task.opt("dueInDays").map(d -> d.integer(0, 365)).orElse(0);
    String priority = task.opt("priority").map(RuleJson::text).orElse("normal");
    TaskAction.Destination in =
        task.opt("in")
            .map(
                d -> {
                  String text = d.text().toLowerCase(Locale.ROOT);
                  if (!text.equals("target") && !text.equals("ghl")) {
                    throw d.error("must be 'target' or 'ghl'");
                  }
                  return TaskAction.Destination.valueOf(text.toUpperCase(Locale.ROOT));
                })
            .orElse(TaskAction.Destination.TARGET);
    Assignee assignee =
        task.opt("assignee").map(a -> assignee(a, catalog)).orElse(new Assignee.Nobody());
    return new TaskAction(title, body, due, assignee, priority, in);
  }

  private static Assignee assignee(RuleJson a, FieldCatalog catalog) {
    if (a.value() instanceof String) {
      return new Assignee.Fixed(a.text());
    }
    if (a.has("roundRobin")) {
      a.onlyKeys(Set.of("roundRobin"));
      List<String> users = new ArrayList<>();
      a.get("roundRobin").list().forEach(u -> users.add(u.text()));
      if (users.isEmpty() || new LinkedHashSet<>(users).size() != users.size()) {
        throw a.error("roundRobin needs at least one user, each once");
      }
      return new Assignee.RoundRobin(users);
    }
    a.onlyKeys(Set.of("byField", "table", "fallback"));
    String field = a.get("byField").text();
    catalog
        .problem(field)
        .ifPresent(
            p -> {
              throw a.error(p);
            });
    RuleJson table = a.get("table");
    Map<String, String> users = new LinkedHashMap<>();
    table.map().keySet().forEach(k -> users.put(k, table.get(k).text()));
    return new Assignee.ByField(field, users, a.opt("fallback").map(RuleJson::text));
  }

  /**
   * The fields that {@code statusChanged} rules watch (remembered in the facts).
   *
   * @return the source paths
   */
  public Set<String> statusFields() {
    Set<String> out = new LinkedHashSet<>();
    for (ActivityRule r : rules) {
      if (r.trigger() instanceof Trigger.StatusChanged s) {
        out.add(s.field());
      }
    }
    return out;
  }

  /**
   * The parts of the contacts' activity the triggers need fetched: tasks for {@code taskOverdue},
   * notes for {@code noteMatches}, appointments for the appointment triggers.
   *
   * @return the parts
   */
  public Set<ContactActivity.Part> reads() {
    Set<ContactActivity.Part> out = java.util.EnumSet.noneOf(ContactActivity.Part.class);
    for (ActivityRule r : rules) {
      Trigger t = r.trigger();
      if (t instanceof Trigger.TaskOverdue) {
        out.add(ContactActivity.Part.TASKS);
      } else if (t instanceof Trigger.NoteMatches) {
        out.add(ContactActivity.Part.NOTES);
      } else if (t instanceof Trigger.AppointmentBooked
          || t instanceof Trigger.AppointmentCancelled) {
        out.add(ContactActivity.Part.APPOINTMENTS);
      }
    }
    return out;
  }

  /**
   * The smallest {@code noActivityForDays} of the rules.
   *
   * @return the days, empty without such a rule
   */
  public Optional<Integer> shortestIdleDays() {
    return rules.stream()
        .map(ActivityRule::trigger)
        .filter(Trigger.NoActivity.class::isInstance)
        .map(t -> ((Trigger.NoActivity) t).days())
        .min(Integer::compare);
  }
}
