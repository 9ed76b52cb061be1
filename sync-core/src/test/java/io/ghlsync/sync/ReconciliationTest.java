package io.ghlsync.sync;

import static io.ghlsync.sync.testing.GhlSandbox.LOCATION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ghlsync.ghl.model.UpdateContactRequest;
import io.ghlsync.sync.mapping.FieldRule;
import io.ghlsync.sync.mapping.Mapping;
import io.ghlsync.sync.model.EntityKind;
import io.ghlsync.sync.store.WorkItem;
import io.ghlsync.sync.testing.GhlSandbox;
import io.ghlsync.sync.testing.MapCrm;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** The scheduled reconciliation poll catches a contact change no webhook announced. */
class ReconciliationTest {
  private static final Mapping MAPPING =
      Mapping.builder("ghl-to-mapcrm", "1")
          .contact(FieldRule.to("name").from("firstName").build())
          .build();

  @Test
  void aStartedEngineReconcilesOnItsScheduleAndCatchesAMissedChange() throws Exception {
    MapCrm crm = new MapCrm();
    CountDownLatch firstPass = new CountDownLatch(3);
    CountDownLatch changed = new CountDownLatch(1);
    AtomicBoolean edited = new AtomicBoolean();
    try (GhlSandbox s = new GhlSandbox(3, 1_000_000)) {
      String contact = s.contactIds(3).get(1);
      SyncListener listener =
          new SyncListener() {
            @Override
            public void onDone(WorkItem item, ContactSyncResult result) {
              firstPass.countDown();
              if (edited.get()
                  && crm.records(EntityKind.CONTACT).values().stream()
                      .anyMatch(r -> "Reconciled".equals(r.get("name")))) {
                changed.countDown();
              }
            }
          };
      try (SyncEngine engine =
          s.engine()
              .target(crm)
              .mapping(MAPPING)
              .listener(listener)
              .reconcile(LOCATION)
              .reconcileEvery(Duration.ofSeconds(1), Duration.ZERO)
              .build()) {
        engine.start();
        assertThat(firstPass.await(10, TimeUnit.SECONDS)).isTrue();
        edited.set(true);
        s.ghlClient
            .contacts()
            .update(contact, UpdateContactRequest.builder().firstName("Reconciled").build());

        assertThat(changed.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(crm.records(EntityKind.CONTACT).values())
            .anyMatch(r -> "Reconciled".equals(r.get("name")));
      }
    }
  }

  @Test
  void aScheduleNeedsAtLeastOneSecondBetweenPolls() {
    assertThatThrownBy(
            () -> SyncEngine.builder().reconcileEvery(Duration.ofMillis(10), Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least 1 s");
    assertThatThrownBy(() -> SyncEngine.builder().reconcile(" "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("locationId");
  }
}
