package io.ghlsync.examples.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.ghlsync.sync.enrich.ContactActivity;
import io.ghlsync.sync.enrich.Enrichment;
import io.ghlsync.sync.mapping.SourceRecord;
import io.ghlsync.sync.rules.ActivityRules;
import io.ghlsync.sync.score.DeclarativeScorer;
import io.ghlsync.sync.score.FieldCatalog;
import io.ghlsync.sync.score.Score;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/** The shipped scoring and rules examples load, and score the contacts they were written for. */
class ExampleRuleFilesTest {
  private static final Instant NOW = Instant.parse("2026-12-03T12:00:00Z");

  private static String read(String name) throws IOException {
    try (InputStream in =
        Objects.requireNonNull(
            ExampleRuleFilesTest.class.getResourceAsStream("/io/ghlsync/examples/demo/" + name),
            name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static Score score(DeclarativeScorer scorer, Enrichment e, Map<String, ?> contact) {
    return scorer.score(e.apply(ContactActivity.of(SourceRecord.of(contact), NOW)));
  }

  @Test
  void realEstateOfficeFilesLoadAndRankAReachableLocalBuyerHigh() throws IOException {
    Enrichment enrichment = Enrichment.defaults("DE");
    FieldCatalog catalog = FieldCatalog.of(enrichment);
    DeclarativeScorer scorer =
        DeclarativeScorer.fromJson(read("realestate-scoring.json"), "realestate", catalog);
    ActivityRules rules =
        ActivityRules.fromJson(read("realestate-rules.json"), "realestate", catalog.withScore());
    assertThat(rules.rules()).hasSize(5);

    Score buyer =
        score(
            scorer,
            enrichment,
            Map.of(
                "phone", "+49 151 23456789",
                "email", "jan@schmidt-bau.de",
                "source", "immoscout24",
                "tags", List.of("buyer", "viewing"),
                "dateUpdated", "2026-12-01T09:00:00Z"));
    assertThat(buyer.value()).isEqualTo(80);
    assertThat(buyer.reasonLines())
        .containsExactly(
            "reachable by phone +15",
            "mobile number +5",
            "local number +10",
            "company e-mail +10",
            "buyer signals +20",
            "active this week +10",
            "portal or website lead +10");
    Score throwAway = score(scorer, enrichment, Map.of("email", "x@mailinator.com", "phone", "12"));
    assertThat(throwAway.value()).isZero();
  }

  @Test
  void adsAgencyFilesLoadAndRankABusinessLeadFromAPaidClickHigh() throws IOException {
    Enrichment enrichment = Enrichment.defaults("US");
    FieldCatalog catalog = FieldCatalog.of(enrichment);
    DeclarativeScorer scorer =
        DeclarativeScorer.fromJson(read("agency-scoring.json"), "agency", catalog);
    ActivityRules rules =
        ActivityRules.fromJson(read("agency-rules.json"), "agency", catalog.withScore());
    assertThat(rules.rules()).hasSize(6);

    Score lead =
        score(
            scorer,
            enrichment,
            Map.of(
                "email",
                "cmo@acme-widgets.com",
                "companyName",
                "Acme Widgets",
                "attributionSource",
                Map.of("gclid", "abc", "utmSource", "google"),
                "tags",
                List.of("pricing", "demo")));
    assertThat(lead.value()).isEqualTo(80);
    assertThat(lead.reasonLines())
        .containsExactly(
            "business e-mail +25",
            "came from a paid click +15",
            "asked for demo/pricing/audit +30",
            "company known +10");
  }
}
