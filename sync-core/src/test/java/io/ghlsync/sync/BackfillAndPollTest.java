package io.ghlsync.sync;

import static io.ghlsync.sync.testing.GhlSandbox.LOCATION;
import static org.assertj.core.api.Assertions.assertThat;

import io.ghlsync.ghl.model.UpdateContactRequest;
import io.ghlsync.sync.mapping.FieldRule;
import io.ghlsync.sync.mapping.Mapping;
import io.ghlsync.sync.model.EntityKind;
import io.ghlsync.sync.testing.GhlSandbox;
import io.ghlsync.sync.testing.MapCrm;
import org.junit.jupiter.api.Test;

/** Backfill, polling and counters through a CRM plugged in with the SPI (no CRM client). */
class BackfillAndPollTest {
  private static final Mapping MAPPING =
      Mapping.builder("ghl-to-mapcrm", "1")
          .contact(FieldRule.to("email").from("email").trim().lowerCase().build())
          .contact(FieldRule.to("name").concat(" ", "firstName", "lastName").build())
          .build();

  @Test
  void backfillsInPagesThenPollsOnlyWhatChangedAndRewritesNothingUnchanged() {
    MapCrm crm = new MapCrm();
    SyncCounters counters = new SyncCounters();
    try (GhlSandbox s = new GhlSandbox(12, 1_000_000);
        SyncEngine engine =
            s.engine().target(crm).mapping(MAPPING).searchPageSize(5).listener(counters).build()) {
      ScanResult firstPage = engine.backfill(LOCATION, 1);
      ScanResult rest = engine.backfill(LOCATION);
      assertThat(engine.runPending()).isEqualTo(12);

      assertThat(firstPage.queued()).isEqualTo(5);
      assertThat(firstPage.complete()).isFalse();
      assertThat(rest.queued()).isEqualTo(7);
      assertThat(rest.complete()).isTrue();
      assertThat(crm.records(EntityKind.CONTACT)).hasSize(12);
      int writes = crm.writes.get();

      ScanResult firstPoll = engine.poll(LOCATION);
      engine.runPending();
      assertThat(crm.writes.get()).isEqualTo(writes);

      String changed = s.contactIds(12).get(7);
      s.ghlClient
          .contacts()
          .update(changed, UpdateContactRequest.builder().firstName("Zed").build());
      ScanResult secondPoll = engine.poll(LOCATION);
      engine.runPending();

      assertThat(firstPoll.queued()).isEqualTo(12);
      assertThat(secondPoll.queued()).isGreaterThanOrEqualTo(1).isLessThan(12);
      assertThat(crm.writes.get()).isEqualTo(writes + 1);
      SyncProgress progress = counters.snapshot();
      assertThat(progress.done()).isEqualTo(12 + 12 + secondPoll.queued());
      assertThat(progress.writes()).isEqualTo(crm.writes.get());
      assertThat(progress.deadLettered()).isZero();
      assertThat(engine.queueStats().isIdle()).isTrue();
    }
  }

  @Test
  void scansInPagesOf500AndSpendsNoRequestOnAnEmptyPageAfterTheTotal() {
    MapCrm crm = new MapCrm();
    try (GhlSandbox s = new GhlSandbox(1_000, 1_000_000);
        SyncEngine engine = s.engine().target(crm).mapping(MAPPING).build()) {
      ScanResult backfill = engine.backfill(LOCATION);
      long afterBackfill = s.ghl.journal().count("search-contacts-advanced");
      ScanResult poll = engine.poll(LOCATION);

      assertThat(backfill.queued()).isEqualTo(1_000);
      assertThat(backfill.complete()).isTrue();
      // Two full pages of 500; the total (1,000) says the second was the last.
      assertThat(afterBackfill).isEqualTo(2);
      assertThat(poll.queued()).isEqualTo(1_000);
      assertThat(s.ghl.journal().count("search-contacts-advanced") - afterBackfill).isEqualTo(2);
    }
  }
}
