package io.ghlsync.examples;

import static io.ghlsync.sync.testing.GhlSandbox.LOCATION;
import static org.assertj.core.api.Assertions.assertThat;

import io.ghlsync.ghl.webhook.WebhookEvent;
import io.ghlsync.ghl.webhook.WebhookHandler;
import io.ghlsync.ghl.webhook.WebhookResult;
import io.ghlsync.sync.SubmitResult;
import io.ghlsync.sync.SyncEngine;
import io.ghlsync.sync.model.EntityKind;
import io.ghlsync.sync.onoffice.OnOfficeTarget;
import io.ghlsync.sync.optmyzr.OptmyzrTarget;
import io.ghlsync.sync.target.TargetChange;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Both connector modules on one store, as the demo runs them. */
class TwoConnectorsTest {

  @Test
  void twoEnginesSharingOneStoreEachQueueAWebhookOnceAndSeeItsRedeliveryAsADuplicate() {
    try (Sandbox s = new Sandbox(2);
        SyncEngine onOffice = s.onOfficeEngine().build();
        SyncEngine optmyzr = s.optmyzrEngine().build()) {
      WebhookHandler handler =
          WebhookHandler.builder().allowUnsignedEvents(true).requireTimestamp(false).build();
      String contactId = s.contactIds(2).get(1);
      WebhookEvent update =
          event(
              handler,
              "{\"type\":\"ContactUpdate\",\"locationId\":\""
                  + LOCATION
                  + "\",\"webhookId\":\"delivery-1\",\"id\":\""
                  + contactId
                  + "\"}");

      SubmitResult first = onOffice.submit(update);
      SubmitResult second = optmyzr.submit(update);
      SubmitResult again = onOffice.submit(update);
      SubmitResult againToo = optmyzr.submit(update);

      assertThat(first.status()).isEqualTo(SubmitResult.Status.QUEUED);
      assertThat(second.status()).isEqualTo(SubmitResult.Status.QUEUED);
      assertThat(again.status()).isEqualTo(SubmitResult.Status.DUPLICATE);
      assertThat(againToo.status()).isEqualTo(SubmitResult.Status.DUPLICATE);
      assertThat(onOffice.runPending()).isEqualTo(1);
      assertThat(optmyzr.runPending()).isEqualTo(1);
      assertThat(s.onOffice.addresses()).hasSize(1);
      assertThat(s.optmyzr.contacts()).hasSize(1);
    }
  }

  @Test
  void targetsReportRecordsChangedSinceAnInstant() {
    try (Sandbox s = new Sandbox(4);
        SyncEngine onOffice = s.onOfficeEngine().build();
        SyncEngine optmyzr = s.optmyzrEngine().build()) {
      onOffice.backfill(LOCATION);
      onOffice.runPending();
      optmyzr.backfill(LOCATION);
      optmyzr.runPending();

      List<TargetChange> fromOnOffice =
          OnOfficeTarget.builder(s.onOfficeClient)
              .zone(ZoneId.of("UTC"))
              .build()
              .changeFeed()
              .orElseThrow()
              .changesSince(Instant.parse("2000-01-01T00:00:00Z"));
      List<TargetChange> fromOptmyzr =
          OptmyzrTarget.builder(s.optmyzrClient)
              .name("optmyzr")
              .build()
              .changeFeed()
              .orElseThrow()
              .changesSince(Instant.parse("2000-01-01T00:00:00Z"));

      assertThat(fromOnOffice)
          .hasSize(4)
          .allSatisfy(c -> assertThat(c.kind()).isEqualTo(EntityKind.CONTACT));
      assertThat(fromOptmyzr).hasSize(4);
      assertThat(s.store.forTarget("onoffice").links().count())
          .isEqualTo(s.store.forTarget("optmyzr").links().count());
    }
  }

  private static WebhookEvent event(WebhookHandler handler, String json) {
    WebhookResult result = handler.handle(Map.of(), json.getBytes(StandardCharsets.UTF_8));
    assertThat(result).isInstanceOf(WebhookResult.Accepted.class);
    return ((WebhookResult.Accepted) result).event();
  }
}
