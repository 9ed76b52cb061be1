package io.ghlsync.sync.enrich;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ghlsync.sync.mapping.SourceRecord;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EnrichersTest {
  private static final Instant NOW = Instant.parse("2026-12-03T12:00:00Z");

  private static ContactActivity contact(Map<String, ?> fields) {
    return ContactActivity.of(SourceRecord.of(fields), NOW);
  }

  @ParameterizedTest
  @CsvSource(
      nullValues = "-",
      value = {
        "anna@gmail.com, true, gmail.com, free",
        "Anna.Maier@Beispiel-Immobilien.de, true, beispiel-immobilien.de, business",
        "x@mailinator.com, true, mailinator.com, disposable",
        "x@eu.mailinator.com, true, eu.mailinator.com, disposable",
        "ceo@yopmail.fr, true, yopmail.fr, disposable",
        "a@web.de, true, web.de, free",
        "no-at-sign.example.com, false, -, -",
        "two@@example.com, false, -, -",
        "a@b@example.com, false, -, -",
        "dot.@example.com, false, -, -",
        "a..b@example.com, false, -, -",
        "a@localhost, false, -, -",
        "a@example.c0m, false, -, -",
        "@example.com, false, -, -",
      })
  void classifiesEmails(String email, boolean valid, String domain, String domainClass) {
    Map<String, Object> out =
        EmailEnricher.withShippedLists().enrich(contact(Map.of("email", email)));
    assertThat(out.get("emailValid")).isEqualTo(valid);
    assertThat(out.get("emailDomain")).isEqualTo(domain);
    assertThat(out.get("emailDomainClass")).isEqualTo(domainClass);
  }

  @Test
  void noEmailDerivesNothing() {
    assertThat(EmailEnricher.withShippedLists().enrich(contact(Map.of("firstName", "A"))))
        .isEmpty();
  }

  @Test
  void ownListsReplaceTheShippedOnes() {
    EmailEnricher own = new EmailEnricher(Set.of("corp-free.example"), Set.of("burn.example"));
    assertThat(own.classify("corp-free.example")).isEqualTo("free");
    assertThat(own.classify("a.burn.example")).isEqualTo("disposable");
    assertThat(own.classify("gmail.com")).isEqualTo("business");
  }

  @ParameterizedTest
  @CsvSource(
      nullValues = "-",
      value = {
        // raw, valid, e164, type, region, foreign
        "+49 151 23456789, true, +4915123456789, mobile, DE, false",
        "030 12345678, true, +493012345678, fixed_line, DE, false",
        "0151 23456789, true, +4915123456789, mobile, DE, false",
        "+1 202-555-0143, true, +12025550143, fixed_line_or_mobile, US, true",
        "+44 7400 123456, true, +447400123456, mobile, GB, true",
        "+43 664 1234567, true, +436641234567, mobile, AT, true",
        "+49 123, false, -, -, -, -",
        "12, false, -, -, -, -",
        "call me maybe, false, -, -, -, -",
        "+999 1234567, false, -, -, -, -",
      })
  void readsPhones(
      String raw, boolean valid, String e164, String type, String region, Boolean foreign) {
    Map<String, Object> out = new PhoneEnricher("de").enrich(contact(Map.of("phone", raw)));
    assertThat(out.get("phoneValid")).isEqualTo(valid);
    assertThat(out.get("phoneE164")).isEqualTo(e164);
    assertThat(out.get("phoneType")).isEqualTo(type);
    assertThat(out.get("phoneRegion")).isEqualTo(region);
    assertThat(out.get("phoneForeign")).isEqualTo(foreign);
  }

  @Test
  void refusesAnUnknownDefaultRegion() {
    assertThatThrownBy(() -> new PhoneEnricher("XX"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("defaultRegion 'XX'");
  }

  @Test
  void lastActivityIsTheLatestPastDateOfContactNotesAndAppointments() {
    ContactActivity activity =
        new ContactActivity(
            SourceRecord.of(
                Map.of(
                    "dateAdded", "2026-01-01T00:00:00Z",
                    "dateUpdated", "2026-11-01T00:00:00.000Z",
                    "lastActivity", "not a date")),
            List.of(),
            List.of(SourceRecord.of(Map.of("id", "n1", "dateAdded", "2026-11-20 12:00:00"))),
            List.of(
                SourceRecord.of(Map.of("id", "a1", "startTime", "2026-12-10T10:00:00+01:00")),
                SourceRecord.of(Map.of("id", "a2", "dateUpdated", 1764590400000L))),
            NOW);
    Map<String, Object> out = new ActivityEnricher().enrich(activity);
    assertThat(out).containsEntry("lastActivityAt", "2026-11-20T12:00:00Z");
    assertThat(out).containsEntry("daysSinceLastActivity", 13L);
  }

  @Test
  void noDatesNoActivity() {
    assertThat(new ActivityEnricher().enrich(contact(Map.of("dateAdded", "2027-01-01T00:00:00Z"))))
        .isEmpty();
  }

  @Test
  void countsOpenAndOverdueTasks() {
    ContactActivity activity =
        new ContactActivity(
            SourceRecord.of(Map.of("id", "c")),
            List.of(
                SourceRecord.of(Map.of("id", "t1", "dueDate", "2026-12-01T00:00:00Z")),
                SourceRecord.of(
                    Map.of("id", "t2", "dueDate", "2026-12-01T00:00:00Z", "completed", true)),
                SourceRecord.of(Map.of("id", "t3", "dueDate", "2026-12-09T00:00:00Z")),
                SourceRecord.of(Map.of("id", "t4", "completed", false))),
            List.of(),
            List.of(),
            NOW);
    assertThat(new TaskEnricher().enrich(activity))
        .containsEntry("openTasks", 3L)
        .containsEntry("overdueTasks", 1L);
  }

  @Test
  void tagsAreASetInLowerCase() {
    Map<String, Object> out =
        new TagEnricher().enrich(contact(Map.of("tags", List.of("VIP ", "buyer", "vip", " "))));
    assertThat(out).containsEntry("tags", List.of("buyer", "vip")).containsEntry("tagCount", 2L);
  }

  @Test
  void attributionFlattensFirstAndLastTouch() {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put(
        "attributionSource",
        Map.of("utmSource", "google", "utmMedium", "cpc", "campaign", "Spring", "gclid", "g1"));
    fields.put("lastAttributionSource", Map.of("utmSource", "newsletter", "fbclid", "f"));
    Map<String, Object> out = new AttributionEnricher().enrich(contact(fields));
    assertThat(out)
        .containsEntry("leadSource", "google")
        .containsEntry("utmSource", "google")
        .containsEntry("utmMedium", "cpc")
        .containsEntry("utmCampaign", "Spring")
        .containsEntry("lastUtmSource", "newsletter")
        .containsEntry("adClickSource", "google_ads");
    assertThat(
            new AttributionEnricher()
                .enrich(
                    contact(
                        Map.of(
                            "source",
                            "public api",
                            "lastAttributionSource",
                            Map.of("msclikid", "m")))))
        .containsEntry("leadSource", "public api")
        .containsEntry("adClickSource", "microsoft_ads");
  }

  @Test
  void enrichmentPutsFieldsUnderTheEnrichedPrefix() {
    SourceRecord out =
        Enrichment.defaults("DE")
            .apply(contact(Map.of("email", "x@gmx.de", "phone", "+4915123456789")));
    assertThat(out.get("$enriched.emailDomainClass")).contains("free");
    assertThat(out.get("$enriched.phoneRegion")).contains("DE");
    assertThat(out.get("email")).contains("x@gmx.de");
    assertThat(Enrichment.defaults("DE").fields()).contains("emailDomainClass", "overdueTasks");
  }

  @Test
  void onlyTheTaskCountsMakeTheEngineFetchMore() {
    assertThat(Enrichment.defaults("DE").reads()).containsExactly(ContactActivity.Part.TASKS);
    assertThat(Enrichment.none().with(new ActivityEnricher()).reads()).isEmpty();
  }

  @Test
  void noEnrichmentLeavesTheRecordAlone() {
    SourceRecord record = SourceRecord.of(Map.of("email", "x@gmx.de"));
    assertThat(Enrichment.none().apply(ContactActivity.of(record, NOW))).isSameAs(record);
    assertThat(Enrichment.none().isEmpty()).isTrue();
  }

  @Test
  void refusesTwoEnrichersWithOneFieldAndUndeclaredFields() {
    assertThatThrownBy(() -> Enrichment.none().with(new TagEnricher()).with(new TagEnricher()))
        .hasMessageContaining("two enrichers derive the field 'tag");
    Enricher sneaky =
        new Enricher() {
          @Override
          public Set<String> fields() {
            return Set.of("a");
          }

          @Override
          public Map<String, Object> enrich(ContactActivity activity) {
            return Map.of("b", 1);
          }
        };
    assertThatThrownBy(() -> Enrichment.of(List.of(sneaky)).apply(contact(Map.of())))
        .hasMessageContaining("'b'");
  }
}
