package io.ghlsync.sync.internal;

import io.ghlsync.sync.score.ContactScorer;
import io.ghlsync.sync.score.DeclarativeScorer;
import io.ghlsync.sync.store.RecordedVersion;
import io.ghlsync.sync.store.VersionChangedException;
import io.ghlsync.sync.store.VersionHistory;
import io.ghlsync.sync.store.VersionKind;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Records the mapping, scoring and rules versions of each target in the store's {@link
 * VersionHistory} when an engine is built, so that every version the audit names has its content on
 * file; refuses a content that changed under a version already recorded.
 */
public final class VersionRecorder {
  private VersionRecorder() {}

  /**
   * Records the versions of one target.
   *
   * @param history the store's version history
   * @param config the target's configuration
   * @param now the time of first use
   * @throws VersionChangedException when a version was recorded earlier with another content
   */
  public static void record(VersionHistory history, EngineConfig config, Instant now) {
    String target = config.targetName();
    history.record(
        RecordedVersion.of(
            target,
            VersionKind.MAPPING,
            config.mapping().version(),
            config.mapping().name(),
            CanonicalJson.of(config.mapping()),
            now));
    config
        .insights()
        .scorer()
        .ifPresent(
            s ->
                history.record(
                    RecordedVersion.of(
                        target, VersionKind.SCORING, s.version(), "scoring", content(s), now)));
    config
        .insights()
        .rules()
        .ifPresent(
            r ->
                history.record(
                    RecordedVersion.of(
                        target,
                        VersionKind.RULES,
                        r.rules().version(),
                        "rules",
                        CanonicalJson.of(r.rules()),
                        now)));
  }

  /**
   * The content of a scorer: its rules when it is declarative; a scorer written in Java is known by
   * its class and version only.
   */
  static String content(ContactScorer scorer) {
    Map<String, Object> content = new LinkedHashMap<>();
    content.put("version", scorer.version());
    if (scorer instanceof DeclarativeScorer d) {
      content.put("rules", d.rules());
    } else {
      content.put("class", scorer.getClass().getName());
    }
    return CanonicalJson.of(content);
  }
}
