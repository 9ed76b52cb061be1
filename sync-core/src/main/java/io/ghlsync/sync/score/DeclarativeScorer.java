package io.ghlsync.sync.score;

import io.ghlsync.sync.internal.RuleJson;
import io.ghlsync.sync.mapping.SourceRecord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The default scorer: weighted rules over source and enriched fields (see the package documentation
 * for the JSON). Each rule that holds adds its points, limited by its own cap and its group's cap;
 * the sum is clamped to 0..100. Reasons list the rules that added something, in file order, with
 * what they added after caps.
 */
public final class DeclarativeScorer implements ContactScorer {
  private static final Set<String> ROOT_KEYS = Set.of("version", "groups", "rules");
  private static final Set<String> RULE_KEYS =
      Set.of(
          "id",
          "field",
          "points",
          "perMatch",
          "cap",
          "group",
          "reason",
          "equals",
          "notEquals",
          "in",
          "contains",
          "containsAny",
          "exists",
          "missing",
          "atLeast",
          "atMost",
          "greaterThan",
          "lessThan",
          "matches");

  private final String version;
  private final Map<String, Integer> groupCaps;
  private final List<ScoreRule> rules;

  /**
   * Creates a scorer.
   *
   * @param version recorded in the audit with each write
   * @param groupCaps the most each group adds in total
   * @param rules the rules, in order
   */
  public DeclarativeScorer(String version, Map<String, Integer> groupCaps, List<ScoreRule> rules) {
    if (version.isBlank()) {
      throw new RuleFileException("scoring: version must not be blank");
    }
    this.version = version;
    this.groupCaps = Map.copyOf(groupCaps);
    this.rules = List.copyOf(rules);
    Set<String> ids = new HashSet<>();
    for (ScoreRule r : this.rules) {
      if (!ids.add(r.id())) {
        throw new RuleFileException("scoring rule '" + r.id() + "': the id is used twice");
      }
      r.group()
          .filter(g -> !this.groupCaps.containsKey(g))
          .ifPresent(
              g -> {
                throw new RuleFileException(
                    "scoring rule '"
                        + r.id()
                        + "': group '"
                        + g
                        + "' is not declared in groups "
                        + this.groupCaps.keySet());
              });
    }
  }

  /**
   * Loads a scoring file.
   *
   * @param file the JSON file
   * @param catalog the fields rules may read
   * @return the scorer
   */
  public static DeclarativeScorer load(Path file, FieldCatalog catalog) {
    try {
      return fromJson(Files.readString(file, StandardCharsets.UTF_8), file.toString(), catalog);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read scoring file " + file, e);
    }
  }

  /**
   * Reads a scoring file's text.
   *
   * @param json the JSON
   * @param name names the file in errors
   * @param catalog the fields rules may read
   * @return the scorer
   */
  public static DeclarativeScorer fromJson(String json, String name, FieldCatalog catalog) {
    RuleJson root = RuleJson.parse(json, "scoring " + name, RuleFileException::new);
    root.onlyKeys(ROOT_KEYS);
    Map<String, Integer> caps = new LinkedHashMap<>();
    root.opt("groups")
        .ifPresent(
            groups ->
                groups.map().keySet().forEach(g -> caps.put(g, groups.get(g).integer(1, 100))));
    List<ScoreRule> rules = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (RuleJson node : root.get("rules").list()) {
      String id = node.get("id").text();
      RuleJson rule = node.renamed("scoring " + name + ", rule '" + id + "'");
      if (!ids.add(id)) {
        throw rule.error("the id is used twice; give each rule its own id");
      }
      rules.add(rule(rule, id, catalog));
    }
    try {
      return new DeclarativeScorer(root.get("version").text(), caps, rules);
    } catch (RuleFileException e) {
      throw root.error(e.getMessage() == null ? "invalid" : e.getMessage());
    }
  }

  private static ScoreRule rule(RuleJson rule, String id, FieldCatalog catalog) {
    rule.onlyKeys(RULE_KEYS);
    Condition when = Condition.fromJson(rule, catalog);
    int points = rule.get("points").integer(-100, 100);
    if (points == 0) {
      throw rule.error("points must not be 0; remove the rule instead");
    }
    boolean perMatch = rule.opt("perMatch").map(RuleJson::bool).orElse(false);
    if (perMatch && when.operator() != Condition.Operator.CONTAINS_ANY) {
      throw rule.error("perMatch needs a containsAny condition");
    }
    Optional<Integer> cap = rule.opt("cap").map(c -> c.integer(1, 100));
    if (cap.isPresent() && cap.get() < Math.abs(points)) {
      throw rule.error(
          "cap "
              + cap.get()
              + " is below the rule's own points "
              + points
              + "; it could never"
              + " add its points");
    }
    Optional<String> group = rule.opt("group").map(RuleJson::text);
    String reason = rule.opt("reason").map(RuleJson::text).orElse(id);
    return new ScoreRule(id, when, points, perMatch, cap, group, reason);
  }

  @Override
  public String version() {
    return version;
  }

  /**
   * The rules, in order.
   *
   * @return the rules
   */
  public List<ScoreRule> rules() {
    return rules;
  }

  @Override
  public Score score(SourceRecord contact) {
    Map<String, Integer> groupLeft = new HashMap<>(groupCaps);
    List<Score.Reason> reasons = new ArrayList<>();
    int sum = 0;
    for (ScoreRule rule : rules) {
      int points = rule.contribution(rule.when().matches(contact));
      if (points > 0 && rule.group().isPresent()) {
        int left = groupLeft.getOrDefault(rule.group().get(), 0);
        points = Math.min(points, left);
        groupLeft.put(rule.group().get(), left - points);
      }
      if (points != 0) {
        reasons.add(new Score.Reason(rule.id(), rule.reason(), points));
        sum += points;
      }
    }
    return new Score(Math.max(0, Math.min(100, sum)), reasons, version);
  }
}
