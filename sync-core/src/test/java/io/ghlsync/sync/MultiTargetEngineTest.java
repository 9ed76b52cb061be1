package io.ghlsync.sync;

import static io.ghlsync.sync.testing.GhlSandbox.LOCATION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ghlsync.ghl.model.UpdateContactRequest;
import io.ghlsync.ghl.webhook.WebhookEvent;
import io.ghlsync.ghl.webhook.WebhookHandler;
import io.ghlsync.ghl.webhook.WebhookResult;
import io.ghlsync.sync.mapping.FieldRule;
import io.ghlsync.sync.mapping.Mapping;
import io.ghlsync.sync.model.EntityKind;
import io.ghlsync.sync.store.DeadLetter;
import io.ghlsync.sync.store.WorkItem;
import io.ghlsync.sync.target.TargetCapabilities;
import io.ghlsync.sync.target.TargetOperation;
import io.ghlsync.sync.target.TargetResult;
import io.ghlsync.sync.testing.ForwardingTarget;
import io.ghlsync.sync.testing.GhlSandbox;
import io.ghlsync.sync.testing.MapCrm;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** One engine, several targets: one submit, one GHL read per contact, outcomes per target. */
class MultiTargetEngineTest {
  private static final Mapping MAPPING =
      Mapping.builder("ghl-to-mapcrm", "1")
          .contact(FieldRule.to("email").from("email").trim().lowerCase().build())
          .contact(FieldRule.to("name").concat(" ", "firstName", "lastName").build())
          .task(FieldRule.to("title").from("title").build())
          .note(FieldRule.to("text").from("body").build())
          .build();

  /** A MapCrm under another name. */
  private static ForwardingTarget named(String name, MapCrm crm) {
    return new ForwardingTarget(crm) {
      @Override
      public String name() {
        return name;
      }
    };
  }

  @Test
  void readsEachContactFromGhlOnceAndWritesItToEveryTarget() {
    MapCrm first = new MapCrm();
    MapCrm second = new MapCrm();
    try (GhlSandbox s = new GhlSandbox(6, 1_000_000);
        SyncEngine engine =
            s.engine()
                // Every item GETs its contact, so the count shows one read for both targets.
                .useSearchResults(false)
                .addTarget(SyncTarget.builder(named("first", first), MAPPING).build())
                .addTarget(SyncTarget.builder(named("second", second), MAPPING).build())
                .build()) {
      engine.backfill(LOCATION);
      s.ghl.journal().clear();

      assertThat(engine.runPending()).isEqualTo(6);

      assertThat(s.ghl.journal().count("get-contact")).isEqualTo(6);
      assertThat(first.records(EntityKind.CONTACT)).hasSize(6);
      assertThat(second.records(EntityKind.CONTACT)).hasSize(6);
      assertThat(first.records(EntityKind.TASK)).hasSameSizeAs(second.records(EntityKind.TASK));
      assertThat(s.store.forTarget("first").links().count())
          .isEqualTo(s.store.forTarget("second").links().count());
      assertThat(engine.name()).isEqualTo("first+second");
      assertThat(engine.targetNames()).containsExactly("first", "second");
      assertThat(engine.audit(LOCATION, s.contactIds(6).get(0)))
          .extracting(e -> e.target())
          .contains("first", "second");

      int writes = first.writes.get() + second.writes.get();
      engine.backfill(LOCATION);
      engine.runPending();
      assertThat(first.writes.get() + second.writes.get()).isEqualTo(writes);
    }
  }

  @Test
  void aWebhookIsSubmittedOnceAndItsRedeliveryIsADuplicate() {
    MapCrm first = new MapCrm();
    MapCrm second = new MapCrm();
    try (GhlSandbox s = new GhlSandbox(2, 1_000_000);
        SyncEngine engine =
            s.engine()
                .target(named("first", first))
                .mapping(MAPPING)
                .addTarget(SyncTarget.builder(named("second", second), MAPPING).build())
                .build()) {
      String contactId = s.contactIds(2).get(1);
      List<SubmitResult> submitted = new ArrayList<>();
      WebhookHandler handler =
          engine.webhookHandler(
              WebhookHandler.builder().allowUnsignedEvents(true).requireTimestamp(false));
      handler.on(
          WebhookEvent.class,
          e ->
              submitted.add(
                  new SubmitResult(
                      SubmitResult.Status.QUEUED, java.util.Optional.empty(), "seen by the host")));
      byte[] body =
          ("{\"type\":\"ContactUpdate\",\"locationId\":\""
                  + LOCATION
                  + "\",\"webhookId\":\"delivery-1\",\"id\":\""
                  + contactId
                  + "\"}")
              .getBytes(StandardCharsets.UTF_8);

      WebhookResult first1 = handler.handle(Map.of(), body);
      WebhookResult again = handler.handle(Map.of(), body);

      assertThat(first1).isInstanceOf(WebhookResult.Accepted.class);
      assertThat(again).isInstanceOf(WebhookResult.Duplicate.class);
      assertThat(submitted).hasSize(1);
      assertThat(engine.queueStats().ready()).isEqualTo(1);
      assertThat(engine.runPending()).isEqualTo(1);
      assertThat(first.records(EntityKind.CONTACT)).hasSize(1);
      assertThat(second.records(EntityKind.CONTACT)).hasSize(1);
    }
  }

  @Test
  void aTargetThatFailsForGoodIsDeadLetteredAloneAndItsReplayVisitsOnlyIt() {
    MapCrm good = new MapCrm();
    MapCrm healed = new MapCrm();
    boolean[] refuse = {true};
    ForwardingTarget picky =
        new ForwardingTarget(healed) {
          @Override
          public String name() {
            return "picky";
          }

          @Override
          public List<TargetResult> execute(List<TargetOperation> operations) {
            if (refuse[0]) {
              throw new IllegalArgumentException("picky refuses everything");
            }
            return healed.execute(operations);
          }
        };
    try (GhlSandbox s = new GhlSandbox(3, 1_000_000);
        SyncEngine engine =
            s.engine()
                .addTarget(SyncTarget.builder(named("good", good), MAPPING).build())
                .addTarget(SyncTarget.builder(picky, MAPPING).build())
                .build()) {
      String contactId = s.contactIds(3).get(2);

      ContactSyncResult result = engine.syncContact(LOCATION, contactId);

      assertThat(result.status()).isEqualTo(ContactSyncResult.Status.DEAD_LETTERED);
      assertThat(good.records(EntityKind.CONTACT)).hasSize(1);
      assertThat(engine.deadLetters())
          .singleElement()
          .satisfies(
              d -> {
                assertThat(d.target()).isEqualTo("picky");
                assertThat(d.reason()).contains("picky refuses everything");
              });
      assertThat(engine.queueStats().isIdle()).isTrue();

      refuse[0] = false;
      s.ghlClient
          .contacts()
          .update(contactId, UpdateContactRequest.builder().firstName("Late").build());
      DeadLetter letter = engine.deadLetters().get(0);
      int goodWrites = good.writes.get();
      assertThat(engine.replay(letter.id())).isTrue();
      assertThat(engine.runPending()).isEqualTo(1);

      assertThat(healed.records(EntityKind.CONTACT)).hasSize(1);
      assertThat(good.writes.get()).isEqualTo(goodWrites);
      assertThat(engine.deadLetters()).isEmpty();
    }
  }

  @Test
  void theListenerHearsOfTheTargetThatSyncedWhenAnotherWasDeadLettered() {
    MapCrm good = new MapCrm();
    ForwardingTarget broken =
        new ForwardingTarget(new MapCrm()) {
          @Override
          public String name() {
            return "broken";
          }

          @Override
          public List<TargetResult> execute(List<TargetOperation> operations) {
            throw new IllegalArgumentException("broken refuses everything");
          }
        };
    List<WorkItem> done = new ArrayList<>();
    List<ContactSyncResult> doneResults = new ArrayList<>();
    List<String> deadTargets = new ArrayList<>();
    SyncListener listener =
        new SyncListener() {
          @Override
          public synchronized void onDone(WorkItem item, ContactSyncResult result) {
            done.add(item);
            doneResults.add(result);
          }

          @Override
          public synchronized void onDeadLettered(DeadLetter letter) {
            deadTargets.add(letter.target());
          }
        };
    try (GhlSandbox s = new GhlSandbox(2, 1_000_000);
        SyncEngine engine =
            s.engine()
                .addTarget(SyncTarget.builder(named("good", good), MAPPING).build())
                .addTarget(SyncTarget.builder(broken, MAPPING).build())
                .listener(listener)
                .build()) {
      String contactId = s.contactIds(2).get(1);

      ContactSyncResult result = engine.syncContact(LOCATION, contactId);

      assertThat(result.status()).isEqualTo(ContactSyncResult.Status.DEAD_LETTERED);
      assertThat(deadTargets).containsExactly("broken");
      assertThat(done)
          .singleElement()
          .satisfies(
              item -> {
                assertThat(item.contactId()).isEqualTo(contactId);
                assertThat(item.targets()).containsExactly("good");
              });
      assertThat(doneResults)
          .singleElement()
          .satisfies(
              r -> {
                assertThat(r.status()).isEqualTo(ContactSyncResult.Status.SYNCED);
                assertThat(r.writes()).isEqualTo(good.writes.get()).isPositive();
              });
    }
  }

  @Test
  void refusesTwoTargetsWithOneNameAndSettingsWithoutTheirTarget() {
    MapCrm crm = new MapCrm();
    try (GhlSandbox s = new GhlSandbox(1, 1_000_000)) {
      assertThatThrownBy(
              () ->
                  s.engine()
                      .addTarget(SyncTarget.builder(crm, MAPPING).build())
                      .addTarget(SyncTarget.builder(crm, MAPPING).build())
                      .build())
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("two targets are named 'mapcrm'");
      assertThatThrownBy(
              () ->
                  s.engine()
                      .mapping(MAPPING)
                      .addTarget(SyncTarget.builder(crm, MAPPING).build())
                      .build())
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("SyncTarget.builder");
      assertThatThrownBy(() -> SyncTarget.builder(crm, MAPPING).syncIdsBack(" "))
          .isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> s.engine().name(" ")).isInstanceOf(IllegalArgumentException.class);
      assertThat(SyncTarget.builder(crm, MAPPING).syncIdsBack("field1").build().idField())
          .contains("field1");
      TargetCapabilities caps = crm.capabilities();
      assertThat(caps).isNotNull();
    }
  }
}
