package io.ghlsync.sync;

import static io.ghlsync.sync.testing.GhlSandbox.LOCATION;
import static org.assertj.core.api.Assertions.assertThat;

import io.ghlsync.ghl.webhook.WebhookHandler;
import io.ghlsync.ghl.webhook.WebhookResult;
import io.ghlsync.sync.mapping.FieldRule;
import io.ghlsync.sync.mapping.Mapping;
import io.ghlsync.sync.model.EntityKind;
import io.ghlsync.sync.store.EngineStore;
import io.ghlsync.sync.store.InMemorySyncStore;
import io.ghlsync.sync.store.SyncStore;
import io.ghlsync.sync.store.WorkQueue;
import io.ghlsync.sync.testing.GhlSandbox;
import io.ghlsync.sync.testing.MapCrm;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * GHL delivers a webhook again only after a 429: an event the engine cannot queue (the store
 * failed, the queue is full) is answered 429 with {@code Retry-After}, its webhook id is released,
 * and the redelivery is queued once the engine can take it.
 */
class WebhookRetryLaterTest {
  private static final Mapping MAPPING =
      Mapping.builder("ghl-to-mapcrm", "1")
          .contact(FieldRule.to("email").from("email").build())
          .build();

  private static byte[] contactUpdate(String webhookId, String contactId) {
    return ("{\"type\":\"ContactUpdate\",\"locationId\":\""
            + LOCATION
            + "\",\"webhookId\":\""
            + webhookId
            + "\",\"id\":\""
            + contactId
            + "\"}")
        .getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void aStoreThatCannotQueueIsAnswered429AndTheRedeliveryIsQueued() {
    AtomicBoolean down = new AtomicBoolean(true);
    MapCrm crm = new MapCrm();
    try (GhlSandbox s = new GhlSandbox(3, 1_000_000);
        SyncEngine engine =
            s.engine()
                .store(failingQueue(new InMemorySyncStore(), down))
                .target(crm)
                .mapping(MAPPING)
                .build()) {
      WebhookHandler handler =
          engine.webhookHandler(
              WebhookHandler.builder().allowUnsignedEvents(true).requireTimestamp(false));
      byte[] delivery = contactUpdate("w-1", s.contactIds(3).get(1));

      WebhookResult refused = handler.handle(Map.of(), delivery);
      down.set(false);
      WebhookResult again = handler.handle(Map.of(), delivery);

      assertThat(refused).isInstanceOf(WebhookResult.ListenerFailed.class);
      assertThat(refused.httpStatus()).isEqualTo(429);
      assertThat(refused.retryAfterSeconds()).hasValue(60);
      assertThat(((WebhookResult.ListenerFailed) refused).failures().get(0))
          .isInstanceOf(WorkNotQueuedException.class)
          .hasMessageContaining("the store failed");
      assertThat(again).isInstanceOf(WebhookResult.Accepted.class);
      assertThat(engine.runPending()).isEqualTo(1);
      assertThat(crm.records(EntityKind.CONTACT)).hasSize(1);
    }
  }

  @Test
  void aFullQueueAnswersRetryLaterUntilTheWorkersCatchUp() {
    MapCrm crm = new MapCrm();
    try (GhlSandbox s = new GhlSandbox(3, 1_000_000);
        SyncEngine engine = s.engine().target(crm).mapping(MAPPING).maxQueued(1).build()) {
      WebhookHandler handler =
          engine.webhookHandler(
              WebhookHandler.builder().allowUnsignedEvents(true).requireTimestamp(false));
      byte[] second = contactUpdate("w-2", s.contactIds(3).get(2));

      WebhookResult first = handler.handle(Map.of(), contactUpdate("w-1", s.contactIds(3).get(1)));
      WebhookResult full = handler.handle(Map.of(), second);
      engine.runPending();
      WebhookResult redelivered = handler.handle(Map.of(), second);

      assertThat(first.httpStatus()).isEqualTo(200);
      assertThat(full.httpStatus()).isEqualTo(429);
      assertThat(((WebhookResult.ListenerFailed) full).failures().get(0))
          .hasMessageContaining("the queue is full: 1 item(s) wait (maxQueued 1)");
      assertThat(redelivered).isInstanceOf(WebhookResult.Accepted.class);
      assertThat(engine.runPending()).isEqualTo(1);
      assertThat(crm.records(EntityKind.CONTACT)).hasSize(2);
    }
  }

  @Test
  void submitReportsRetryLaterWithTheStatusToAnswer() {
    AtomicBoolean down = new AtomicBoolean(true);
    MapCrm crm = new MapCrm();
    try (GhlSandbox s = new GhlSandbox(2, 1_000_000);
        SyncEngine engine =
            s.engine()
                .store(failingQueue(new InMemorySyncStore(), down))
                .target(crm)
                .mapping(MAPPING)
                .build()) {
      WebhookHandler parser =
          WebhookHandler.builder().allowUnsignedEvents(true).requireTimestamp(false).build();
      java.util.List<SubmitResult> results = new java.util.ArrayList<>();
      parser.on(io.ghlsync.ghl.webhook.WebhookEvent.class, e -> results.add(engine.submit(e)));
      parser.handle(Map.of(), contactUpdate("w-9", s.contactIds(2).get(0)));
      down.set(false);
      SubmitResult queued =
          engine.submit(
              ((WebhookResult.Accepted)
                      parser.handle(Map.of(), contactUpdate("w-10", s.contactIds(2).get(0))))
                  .event());

      SubmitResult refused = results.get(0);
      assertThat(refused.status()).isEqualTo(SubmitResult.Status.RETRY_LATER);
      assertThat(refused.httpStatus()).isEqualTo(429);
      assertThat(refused.retryAfterSeconds()).hasValue(SubmitResult.RETRY_AFTER_SECONDS);
      assertThat(refused.detail()).contains("database unreachable");
      assertThat(queued.httpStatus()).isEqualTo(200);
      assertThat(queued.retryAfterSeconds()).isEmpty();
    }
  }

  /** A store whose queue refuses new items while {@code down} is set. */
  private static SyncStore failingQueue(SyncStore store, AtomicBoolean down) {
    return proxy(
        SyncStore.class,
        store,
        (name, result) ->
            name.equals("forEngine")
                ? proxy(
                    EngineStore.class,
                    (EngineStore) result,
                    (n, r) ->
                        n.equals("queue")
                            ? proxy(
                                WorkQueue.class,
                                (WorkQueue) r,
                                (m, x) -> x,
                                m -> m.equals("enqueue") && down.get())
                            : r,
                    m -> false)
                : result,
        m -> false);
  }

  private interface Wrap {
    Object wrap(String method, Object result);
  }

  private interface Fails {
    boolean fails(String method);
  }

  private static <T> T proxy(Class<T> type, T delegate, Wrap wrap, Fails fails) {
    return type.cast(
        Proxy.newProxyInstance(
            type.getClassLoader(),
            new Class<?>[] {type},
            (p, method, args) -> {
              if (fails.fails(method.getName())) {
                throw new IllegalStateException("database unreachable");
              }
              try {
                Object result = method.invoke(delegate, args);
                return result == null ? null : wrap.wrap(method.getName(), result);
              } catch (InvocationTargetException e) {
                throw e.getCause();
              }
            }));
  }
}
