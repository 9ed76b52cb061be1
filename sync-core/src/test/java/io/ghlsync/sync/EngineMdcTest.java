package io.ghlsync.sync;

import static io.ghlsync.sync.testing.GhlSandbox.LOCATION;
import static org.assertj.core.api.Assertions.assertThat;

import io.ghlsync.core.HttpCallObservation;
import io.ghlsync.core.RateLimitConfig;
import io.ghlsync.ghl.GhlClient;
import io.ghlsync.sync.mapping.FieldRule;
import io.ghlsync.sync.mapping.Mapping;
import io.ghlsync.sync.store.AuditEntry;
import io.ghlsync.sync.store.WorkItem;
import io.ghlsync.sync.target.TargetOperation;
import io.ghlsync.sync.target.TargetResult;
import io.ghlsync.sync.testing.ForwardingTarget;
import io.ghlsync.sync.testing.GhlSandbox;
import io.ghlsync.sync.testing.MapCrm;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;
import org.slf4j.MdcTestSupport;

/** Every engine step runs with the MDC naming what it works on, and leaves the MDC as it was. */
class EngineMdcTest {
  private static final Mapping MAPPING =
      Mapping.builder("ghl-to-mapcrm", "1")
          .contact(FieldRule.to("email").from("email").trim().lowerCase().build())
          .build();

  /** What the MDC held when something ran: a label and a copy of the context. */
  record Seen(String what, Map<String, String> mdc) {}

  @BeforeAll
  static void realMdc() {
    MdcTestSupport.useBasicAdapter();
  }

  private static Map<String, String> mdc() {
    Map<String, String> copy = MDC.getCopyOfContextMap();
    return copy == null ? Map.of() : new HashMap<>(copy);
  }

  @Test
  void fetchDecideApplyAndOutcomeEachCarryTheirIds() {
    List<Seen> seen = new CopyOnWriteArrayList<>();
    MapCrm crm = new MapCrm();
    ForwardingTarget watched =
        new ForwardingTarget(crm) {
          @Override
          public List<TargetResult> execute(List<TargetOperation> operations) {
            seen.add(new Seen("target", mdc()));
            return super.execute(operations);
          }
        };
    SyncListener listener =
        new SyncListener() {
          @Override
          public void onDone(WorkItem item, ContactSyncResult result) {
            seen.add(new Seen("done " + item.contactId(), mdc()));
          }

          @Override
          public void onDecision(AuditEntry entry) {
            seen.add(new Seen("decision", mdc()));
          }
        };
    List<String> contacts;
    MDC.put("host.request", "r-1");
    try (GhlSandbox s = new GhlSandbox(3, 1_000_000);
        GhlClient watchedGhl =
            GhlClient.builder()
                .baseUrl(s.ghl.baseUrl())
                .privateIntegrationToken(s.location.privateToken("contacts.readonly"))
                .locationId(LOCATION)
                .rateLimit(RateLimitConfig.perWindow(1_000_000, Duration.ofSeconds(10)))
                .config(
                    c ->
                        c.observer(
                            call -> {
                              seen.add(new Seen("ghl " + call.operation(), mdc()));
                              return HttpCallObservation.NONE;
                            }))
                .build();
        SyncEngine engine =
            s.engine()
                .ghl(watchedGhl)
                .target(watched)
                .mapping(MAPPING)
                .listener(listener)
                .build()) {
      contacts = s.contactIds(3);
      for (String id : contacts) {
        engine.enqueue(LOCATION, id, io.ghlsync.sync.model.Trigger.ON_DEMAND);
      }
      assertThat(engine.runPending()).isEqualTo(3);
    }

    assertThat(mdc())
        .as("the caller's MDC is restored")
        .containsOnly(Map.entry("host.request", "r-1"));
    MDC.remove("host.request");
    List<Seen> fetches =
        seen.stream().filter(x -> x.what().equals("ghl GET /contacts/{contactId}")).toList();
    assertThat(fetches).hasSize(3);
    assertThat(fetches)
        .extracting(x -> x.mdc().get("ghlsync.contact"))
        .containsExactlyInAnyOrderElementsOf(contacts);
    assertThat(fetches)
        .allSatisfy(
            x ->
                assertThat(x.mdc())
                    .containsEntry("ghlsync.location", LOCATION)
                    .containsEntry("ghlsync.step", "fetch")
                    .doesNotContainKey("ghlsync.target"));
    List<Seen> writes = seen.stream().filter(x -> x.what().equals("target")).toList();
    assertThat(writes).isNotEmpty();
    assertThat(writes)
        .allSatisfy(
            x ->
                assertThat(x.mdc())
                    .containsEntry("ghlsync.location", LOCATION)
                    .containsEntry("ghlsync.target", crm.name())
                    .containsKey("ghlsync.step")
                    .doesNotContainKey("ghlsync.contact"));
    assertThat(seen.stream().filter(x -> x.what().equals("decision")))
        .isNotEmpty()
        .allSatisfy(x -> assertThat(x.mdc()).containsEntry("ghlsync.target", crm.name()));
    for (String id : contacts) {
      assertThat(seen.stream().filter(x -> x.what().equals("done " + id)))
          .singleElement()
          .satisfies(
              x ->
                  assertThat(x.mdc())
                      .containsEntry("ghlsync.contact", id)
                      .containsEntry("ghlsync.location", LOCATION)
                      .containsEntry("ghlsync.target", crm.name()));
    }
  }
}
