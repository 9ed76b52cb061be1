package io.ghlsync.cli;

import io.ghlsync.core.ApiException;
import io.ghlsync.sync.SyncTarget;
import io.ghlsync.sync.enrich.ContactActivity;
import io.ghlsync.sync.enrich.Enrichment;
import io.ghlsync.sync.mapping.FieldRule;
import io.ghlsync.sync.mapping.MappingException;
import io.ghlsync.sync.mapping.NullPolicy;
import io.ghlsync.sync.mapping.SourceRecord;
import io.ghlsync.sync.mapping.ValueSource;
import io.ghlsync.sync.score.Score;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/** {@code ghlsync mapping test}: a contact through each target's mapping, field by field. */
@Command(
    name = "test",
    mixinStandardHelpOptions = true,
    description = {
      "Shows the record each target's mapping makes of one contact, field by field, the rules that"
          + " gave no value and why, and the contact's score where a scoring file is configured.",
      "The contact is read from GHL (--contact) or from a JSON file (--sample) such as a GHL"
          + " GET /contacts/:contactId response. Nothing is written."
    })
final class MappingTestCommand extends CliCommand {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  @ArgGroup(multiplicity = "1")
  private Source source = new Source();

  @Option(names = "--target", paramLabel = "NAME", description = "only this target")
  private @Nullable String target;

  @Option(names = "--location", paramLabel = "ID", description = "the location (if several)")
  private @Nullable String location;

  /** Where the contact comes from: exactly one of the two. */
  static final class Source {
    @Option(names = "--contact", paramLabel = "ID", description = "a GHL contact id")
    @Nullable String contact;

    @Option(names = "--sample", paramLabel = "FILE", description = "a contact as JSON")
    @Nullable Path sample;
  }

  @Override
  int run() {
    CliConfig config = config();
    try (Session session = Session.open(config)) {
      SourceRecord record = read(session);
      Enrichment enrichment =
          config.defaultRegion().map(Enrichment::defaults).orElse(Enrichment.none());
      SourceRecord enriched = enrichment.apply(ContactActivity.of(record, Instant.now()));
      Map<String, Object> doc = new LinkedHashMap<>();
      List<String> lines = new ArrayList<>();
      boolean failed = false;
      for (Map.Entry<String, SyncTarget> t : session.targets.entrySet()) {
        if (target != null && !target.equals(t.getKey())) {
          continue;
        }
        SyncTarget syncTarget = t.getValue();
        SourceRecord input = enriched;
        Map<String, Object> targetDoc = new LinkedHashMap<>();
        lines.add(
            t.getKey()
                + " (mapping "
                + syncTarget.mapping().name()
                + " version "
                + syncTarget.mapping().version()
                + "):");
        Optional<Score> score = syncTarget.scorer().map(s -> s.score(enriched));
        if (score.isPresent()) {
          input = enriched.with(Score.PREFIX, score.get().fields());
          targetDoc.put("score", score.get().value());
          targetDoc.put("scoreReasons", score.get().reasonLines());
          lines.add("  score " + score.get().value() + ": " + score.get().reasonLines());
        }
        List<Map<String, Object>> fields = new ArrayList<>();
        for (FieldRule rule : syncTarget.mapping().contact().rules()) {
          Map<String, Object> f = field(rule, input);
          failed |= "failed".equals(f.get("outcome"));
          fields.add(f);
          lines.add(
              "  "
                  + String.format("%-24s", rule.target())
                  + ("mapped".equals(f.get("outcome"))
                      ? "= " + f.get("value")
                      : "(" + f.get("outcome") + ": " + f.get("why") + ")"));
        }
        targetDoc.put("mapping", syncTarget.mapping().name());
        targetDoc.put("version", syncTarget.mapping().version());
        targetDoc.put("fields", fields);
        doc.put(t.getKey(), targetDoc);
        lines.add("");
      }
      if (doc.isEmpty()) {
        throw CliFailure.usage(
            "no target named '" + target + "'; the targets are " + session.targets.keySet());
      }
      output().print(Map.of("targets", doc), () -> lines);
      return failed ? Ghlsync.FAILED : Ghlsync.OK;
    }
  }

  private static Map<String, Object> field(FieldRule rule, SourceRecord input) {
    Map<String, Object> f = new LinkedHashMap<>();
    f.put("field", rule.target());
    try {
      Optional<Object> value = rule.evaluate(input);
      if (value.isPresent()) {
        f.put("outcome", "mapped");
        f.put("value", value.get());
        return f;
      }
      f.put("outcome", rule.required() ? "failed" : "not set");
      f.put(
          "why",
          describe(rule.source())
              + (rule.required()
                  ? "; the field is required, so the record would fail"
                  : rule.nullPolicy() == NullPolicy.CLEAR
                      ? "; the field would be cleared in the target"
                      : "; the target keeps its value"));
    } catch (MappingException e) {
      f.put("outcome", "failed");
      f.put("why", e.getMessage());
    }
    return f;
  }

  private static String describe(ValueSource source) {
    if (source instanceof ValueSource.Path p) {
      return "source '" + p.path() + "' has no value";
    }
    if (source instanceof ValueSource.Concat c) {
      return "none of " + c.paths() + " has a value";
    }
    return "the transforms left no value";
  }

  private SourceRecord read(Session session) {
    if (source.sample != null) {
      Path file = source.sample;
      try {
        Map<?, ?> json = JSON.readValue(file.toFile(), Map.class);
        Object inner = json.get("contact");
        @SuppressWarnings("unchecked")
        Map<String, ?> contact = (Map<String, ?>) (inner instanceof Map<?, ?> ? inner : json);
        return SourceRecord.of(contact);
      } catch (JacksonException | ClassCastException e) {
        throw CliFailure.usage("--sample " + file + " is not a JSON object: " + e.getMessage());
      } catch (RuntimeException e) {
        if (e.getCause() instanceof IOException) {
          throw CliFailure.usage(
              "--sample " + file + " cannot be read: " + e.getCause().getMessage());
        }
        throw e;
      }
    }
    String id = java.util.Objects.requireNonNull(source.contact);
    String loc = session.location(location);
    try {
      return SourceRecord.fromContact(session.ghl(loc).contacts().get(id));
    } catch (ApiException e) {
      throw Runs.explain("reading contact " + id + " from GHL", "ghl.credentials.privateToken", e);
    }
  }
}
