package io.ghlsync.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ghlsync.sync.enrich.Enrichment;
import io.ghlsync.sync.mapping.FieldRule;
import io.ghlsync.sync.mapping.Mapping;
import io.ghlsync.sync.rules.ActivityRules;
import io.ghlsync.sync.score.DeclarativeScorer;
import io.ghlsync.sync.score.FieldCatalog;
import io.ghlsync.sync.store.RecordedVersion;
import io.ghlsync.sync.store.VersionChangedException;
import io.ghlsync.sync.store.VersionKind;
import io.ghlsync.sync.testing.GhlSandbox;
import io.ghlsync.sync.testing.MapCrm;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The engine records each mapping, scoring and rules version it uses and refuses a changed one. */
class VersionRecordingTest {
  private static final Enrichment ENRICHMENT = Enrichment.defaults("US");
  private static final FieldCatalog CATALOG = FieldCatalog.of(ENRICHMENT);
  private static final String SCORING =
      "{\"version\":\"score-1\",\"rules\":["
          + "{\"id\":\"customer\",\"field\":\"type\",\"equals\":\"customer\",\"points\":60}]}";
  private static final String RULES =
      "{\"version\":\"rules-1\",\"rules\":["
          + "{\"id\":\"investor\",\"when\":{\"tagAdded\":\"investor\"},"
          + "\"task\":{\"title\":\"Send the investor pack\",\"assignee\":\"office\","
          + "\"in\":\"ghl\"}}]}";

  private static Mapping mapping(String version, String emailField) {
    return Mapping.builder("ghl-to-mapcrm", version)
        .contact(FieldRule.to(emailField).from("email").trim().lowerCase().build())
        .build();
  }

  @Test
  void recordsTheContentOfEachVersionOnceAndRefusesAChangedMappingUnderTheSameVersion() {
    try (GhlSandbox s = new GhlSandbox(1, 1_000_000)) {
      MapCrm crm = new MapCrm();
      s.engine()
          .target(crm)
          .mapping(mapping("1", "email"))
          .enrichment(ENRICHMENT)
          .scorer(DeclarativeScorer.fromJson(SCORING, "scoring.json", CATALOG))
          .activityRules(ActivityRules.fromJson(RULES, "rules.json", CATALOG.withScore()))
          .build()
          .close();

      List<RecordedVersion> recorded = s.store.versions().list();
      assertThat(recorded)
          .extracting(RecordedVersion::kind, RecordedVersion::version)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple(VersionKind.MAPPING, "1"),
              org.assertj.core.groups.Tuple.tuple(VersionKind.SCORING, "score-1"),
              org.assertj.core.groups.Tuple.tuple(VersionKind.RULES, "rules-1"));
      assertThat(recorded).allSatisfy(v -> assertThat(v.target()).isEqualTo(crm.name()));
      assertThat(recorded.get(0).content()).contains("\"email\"").contains("ghl-to-mapcrm");
      assertThat(recorded.get(1).content()).contains("customer");
      assertThat(recorded.get(2).content()).contains("investor");

      // The same content again: nothing new is recorded.
      s.engine().target(crm).mapping(mapping("1", "email")).build().close();
      assertThat(s.store.versions().list()).hasSize(3);

      assertThatThrownBy(() -> s.engine().target(crm).mapping(mapping("1", "mail")).build())
          .isInstanceOf(VersionChangedException.class)
          .hasMessageContaining("mapping 'ghl-to-mapcrm'")
          .hasMessageContaining("version '1'")
          .hasMessageContaining("give the changed file a new version");

      s.engine().target(crm).mapping(mapping("2", "mail")).build().close();
      assertThat(s.store.versions().list(crm.name(), VersionKind.MAPPING))
          .extracting(RecordedVersion::version)
          .containsExactly("1", "2");
    }
  }
}
