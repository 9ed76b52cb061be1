package io.ghlsync.sync.mapping;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Reads one JSON field rule and its transforms, failing with the rule named. */
final class RuleReader {
  private static final Set<String> RULE_KEYS =
      Set.of(
          "target",
          "source",
          "constant",
          "concat",
          "separator",
          "transforms",
          "nullPolicy",
          "required",
          "default",
          "personal",
          "comment");
  private static final String TRANSFORM_HELP =
      "use \"trim\", \"lowercase\", \"uppercase\", \"titlecase\", \"e164\", or an object with one"
          + " key: e164, dateTime, valueMap, function";

  private final TransformFunctions functions;

  RuleReader(TransformFunctions functions) {
    this.functions = functions;
  }

  FieldRule read(JsonNode rule) {
    rule.onlyKeys(RULE_KEYS);
    String target = rule.string("target");
    rule.optionalString("comment");
    FieldRule.Builder builder = FieldRule.to(target);
    int sources =
        (rule.has("source") ? 1 : 0)
            + (rule.has("constant") ? 1 : 0)
            + (rule.has("concat") ? 1 : 0);
    if (sources != 1) {
      throw rule.error("needs exactly one of 'source', 'constant' or 'concat'");
    }
    try {
      if (rule.has("source")) {
        builder.from(rule.string("source"));
      } else if (rule.has("constant")) {
        builder.constant(rule.raw("constant").orElseThrow());
      } else {
        List<String> paths = new ArrayList<>();
        for (JsonNode p : rule.optionalArray("concat")) {
          if (!(p.value() instanceof String s)) {
            throw p.error("concat entries must be source paths (strings)");
          }
          paths.add(s);
        }
        builder.concat(rule.optionalString("separator").orElse(" "), paths.toArray(String[]::new));
      }
      if (rule.has("separator") && !rule.has("concat")) {
        throw rule.error("'separator' only goes with 'concat'");
      }
      for (JsonNode t : rule.optionalArray("transforms")) {
        builder.transform(transform(t, rule));
      }
      rule.optionalString("nullPolicy").ifPresent(p -> builder.nullPolicy(nullPolicy(p, rule)));
      if (rule.optionalBoolean("required").orElse(false)) {
        builder.required();
      }
      rule.raw("default").ifPresent(builder::defaultValue);
      builder.personal(rule.optionalBoolean("personal").orElse(true));
      return builder.build();
    } catch (IllegalArgumentException e) {
      throw rule.error(e.getMessage());
    }
  }

  private static NullPolicy nullPolicy(String value, JsonNode rule) {
    return switch (value) {
      case "skip" -> NullPolicy.SKIP;
      case "clear" -> NullPolicy.CLEAR;
      default -> throw rule.error("nullPolicy must be \"skip\" or \"clear\", was '" + value + "'");
    };
  }

  private Transform transform(JsonNode node, JsonNode rule) {
    if (node.value() instanceof String name) {
      return switch (name.toLowerCase(Locale.ROOT)) {
        case "trim" -> new Transform.Trim();
        case "lowercase" -> new Transform.ChangeCase(Transform.CaseStyle.LOWER);
        case "uppercase" -> new Transform.ChangeCase(Transform.CaseStyle.UPPER);
        case "titlecase" -> new Transform.ChangeCase(Transform.CaseStyle.TITLE);
        case "e164" -> new Transform.E164Phone("");
        default -> throw rule.error("unknown transform '" + name + "'; " + TRANSFORM_HELP);
      };
    }
    if (!(node.value() instanceof Map<?, ?> m) || m.size() != 1) {
      throw rule.error("a transform must be a name or an object with one key; " + TRANSFORM_HELP);
    }
    String kind = (String) m.keySet().iterator().next();
    JsonNode args = node.renamed(rule.context() + " transform '" + kind + "'");
    return switch (kind) {
      case "e164" -> e164(args.optionalObject("e164").orElseThrow());
      case "dateTime" -> dateTime(args.optionalObject("dateTime").orElseThrow());
      case "valueMap" -> valueMap(args.optionalObject("valueMap").orElseThrow());
      case "function" -> function(args);
      default -> throw rule.error("unknown transform '" + kind + "'; " + TRANSFORM_HELP);
    };
  }

  private static Transform e164(JsonNode args) {
    args.onlyKeys(Set.of("defaultCallingCode", "defaultRegion"));
    return new Transform.E164Phone(
        args.optionalString("defaultRegion")
            .or(() -> args.optionalString("defaultCallingCode"))
            .orElse(""));
  }

  private static Transform dateTime(JsonNode args) {
    args.onlyKeys(Set.of("zone", "inputZone", "pattern"));
    ZoneId zone = zone(args, args.string("zone"));
    Optional<ZoneId> inputZone = args.optionalString("inputZone").map(z -> zone(args, z));
    String pattern = args.optionalString("pattern").orElse("");
    try {
      return new Transform.DateTime(zone, inputZone, pattern);
    } catch (IllegalArgumentException e) {
      throw args.error("'pattern' is not a valid date/time pattern: " + e.getMessage());
    }
  }

  private static ZoneId zone(JsonNode args, String id) {
    try {
      return ZoneId.of(id);
    } catch (DateTimeException e) {
      throw args.error("'" + id + "' is not a zone id such as Europe/Berlin or UTC");
    }
  }

  private static Transform valueMap(JsonNode args) {
    args.onlyKeys(Set.of("map", "otherwise", "keepUnmapped"));
    JsonNode table = args.optionalObject("map").orElseThrow(() -> args.error("'map' is required"));
    return new Transform.ValueMap(
        table.map(), args.raw("otherwise"), args.optionalBoolean("keepUnmapped").orElse(false));
  }

  private Transform function(JsonNode args) {
    Object name = args.map().get("function");
    if (!(name instanceof String fn)) {
      throw args.error("'function' must name a registered function");
    }
    CustomTransform f =
        functions
            .get(fn)
            .orElseThrow(
                () ->
                    args.error(
                        "no function named '"
                            + fn
                            + "' is registered; register it in TransformFunctions before"
                            + " loading"));
    return new Transform.Custom(fn, f);
  }
}
