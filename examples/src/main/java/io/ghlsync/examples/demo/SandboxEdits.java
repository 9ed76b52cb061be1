package io.ghlsync.examples.demo;

import io.ghlsync.examples.cli.ExampleFailure;
import io.ghlsync.examples.webhook.WebhookReceiver;
import io.ghlsync.examples.webhook.WebhookTally;
import io.ghlsync.ghl.model.CreateNoteRequest;
import io.ghlsync.ghl.model.UpdateContactRequest;
import io.ghlsync.ghl.webhook.WebhookEvent;
import io.ghlsync.ghl.webhook.WebhookHandler;
import io.ghlsync.ghl.webhook.WebhookKeys;
import io.ghlsync.ghl.webhook.WebhookResult;
import io.ghlsync.micrometer.WebhookMetrics;
import io.ghlsync.sync.SyncEngine;
import io.ghlsync.sync.store.AuditEntry;
import io.ghlsync.testkit.ghl.WebhookDelivery;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The demo's second act: a GHL user changes one contact, and each change reaches the engine as a
 * signed webhook through a {@link WebhookReceiver}: a contact edit, a completed task, a new note,
 * and the note event delivered a second time. Each step waits until the engine is idle and prints
 * what they decided.
 */
final class SandboxEdits {
  private static final Duration DELIVERY_TIMEOUT = Duration.ofSeconds(20);
  private static final Duration SYNC_TIMEOUT = Duration.ofMinutes(1);

  private final DemoSandbox sandbox;
  private final SyncEngine engine;
  private final PrintStream out;
  private final String contactId;
  private final WebhookTally tally = new WebhookTally();

  SandboxEdits(DemoSandbox sandbox, SyncEngine engine, PrintStream out, String contactId) {
    this.sandbox = sandbox;
    this.engine = engine;
    this.out = out;
    this.contactId = contactId;
  }

  /**
   * Runs the four steps.
   *
   * @return the webhook verdicts
   */
  WebhookTally run() {
    // The engine's handler: its duplicate check is the engine's seen-id store, so a delivery is
    // checked once, and every accepted contact, task or note event is queued for every target.
    WebhookHandler handler =
        engine.webhookHandler(
            WebhookHandler.builder()
                .keys(WebhookKeys.none().withEd25519(sandbox.ghl.webhooks().publicKey()))
                .observer(new WebhookMetrics(sandbox.metrics)));
    InetSocketAddress loopback = new InetSocketAddress(InetAddress.getLoopbackAddress(), 0);
    try (WebhookReceiver receiver =
        WebhookReceiver.start(loopback, "/webhooks/ghl", handler, this::observe)) {
      sandbox.ghl.webhooks().register(receiver.url());
      out.println(
          "  Webhook receiver listening at "
              + receiver.url()
              + " (Ed25519 signatures verified, duplicates detected by webhookId)");
      Map<String, Object> before = sandbox.location.contact(contactId).orElseThrow();
      String newLastName = "Hartmann";
      step(
          "1. The contact's last name changes from "
              + before.get("lastName")
              + " to "
              + newLastName,
          () ->
              sandbox
                  .editorClient
                  .contacts()
                  .update(contactId, UpdateContactRequest.builder().lastName(newLastName).build()));
      String taskId = openTask();
      step(
          "2. A task is marked completed",
          () -> sandbox.editorClient.tasks().complete(contactId, taskId, true));
      step(
          "3. A note is added",
          () ->
              sandbox
                  .editorClient
                  .notes()
                  .create(
                      contactId,
                      CreateNoteRequest.builder()
                          .body("Called back: wants a second viewing on Saturday.")
                          .build()));
      List<WebhookDelivery> deliveries = sandbox.ghl.webhooks().deliveries();
      String noteWebhook = deliveries.get(deliveries.size() - 1).webhookId();
      step(
          "4. GHL delivers the note event again (same webhookId, e.g. after a timeout)",
          () -> sandbox.ghl.webhooks().redeliver(noteWebhook));
    }
    return tally;
  }

  private String openTask() {
    return sandbox.location.tasks(contactId).stream()
        .filter(t -> !Boolean.TRUE.equals(t.get("completed")))
        .map(t -> String.valueOf(t.get("id")))
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("the story contact has no open task"));
  }

  private void step(String title, Runnable change) {
    out.println();
    out.println("  " + title);
    int auditBefore = engine.audit(DemoSandbox.LOCATION, contactId).size();
    long verdicts = tally.total();
    change.run();
    try {
      if (!tally.await(verdicts + 1, DELIVERY_TIMEOUT)) {
        throw ExampleFailure.run(
            "the webhook of step '" + title + "' did not arrive within " + DELIVERY_TIMEOUT, null);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw ExampleFailure.run("interrupted while waiting for a webhook", e);
    }
    SyncPhases.awaitIdle(engine, SYNC_TIMEOUT);
    List<AuditEntry> trail = engine.audit(DemoSandbox.LOCATION, contactId);
    List<AuditEntry> added = trail.subList(auditBefore, trail.size());
    if (added.isEmpty()) {
      out.println("       nothing synced: no target was touched");
    }
    AuditLines.render(added, "       ", false).forEach(out::println);
  }

  /** The events the engine queues a contact for (others are acknowledged and ignored). */
  private static boolean isSynced(WebhookEvent event) {
    return event instanceof WebhookEvent.ContactEvent
        || event instanceof WebhookEvent.TaskEvent
        || event instanceof WebhookEvent.NoteEvent;
  }

  private void observe(WebhookResult result) {
    String line;
    if (result instanceof WebhookResult.Accepted a) {
      String engines =
          isSynced(a.event())
              ? "; contact queued for " + String.join(" and ", engine.targetNames())
              : "";
      line =
          a.event().type()
              + " (webhookId "
              + a.event().webhookId()
              + "): HTTP 200, accepted"
              + engines;
    } else if (result instanceof WebhookResult.Duplicate d) {
      line =
          "webhookId "
              + d.webhookId()
              + ": HTTP 200, duplicate of an accepted delivery;"
              + " not processed again";
    } else if (result instanceof WebhookResult.Rejected r) {
      line = "HTTP " + r.httpStatus() + ", rejected " + r.reason() + ": " + r.message();
    } else {
      line = "HTTP 500, a listener failed; GHL will deliver it again";
    }
    out.println("     webhook " + line);
    tally.accept(result);
  }
}
