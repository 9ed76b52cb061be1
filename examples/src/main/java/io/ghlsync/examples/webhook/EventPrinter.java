package io.ghlsync.examples.webhook;

import io.ghlsync.ghl.webhook.WebhookEvent;
import io.ghlsync.ghl.webhook.WebhookResult;
import java.io.PrintStream;
import java.util.function.Consumer;

/**
 * Prints one line per webhook verdict: what arrived and what the receiver answered. Ids only, no
 * names, e-mails or phone numbers.
 */
final class EventPrinter implements Consumer<WebhookResult> {
  private final PrintStream out;

  /**
   * Creates a printer.
   *
   * @param out where to print
   */
  public EventPrinter(PrintStream out) {
    this.out = out;
  }

  @Override
  public void accept(WebhookResult result) {
    out.println(describe(result));
  }

  /**
   * One line for a verdict.
   *
   * @param result the verdict
   * @return e.g. {@code 200 accepted ContactUpdate location=... contact=... webhookId=...}
   */
  public static String describe(WebhookResult result) {
    if (result instanceof WebhookResult.Accepted a) {
      WebhookEvent e = a.event();
      return "200 accepted   "
          + e.type()
          + "  location="
          + e.locationId()
          + subject(e)
          + "  webhookId="
          + e.webhookId();
    }
    if (result instanceof WebhookResult.Duplicate d) {
      return "200 duplicate  webhookId="
          + d.webhookId()
          + "  (seen before: acknowledged, not processed again)";
    }
    if (result instanceof WebhookResult.Rejected r) {
      return r.httpStatus() + " rejected   " + r.reason() + ": " + r.message();
    }
    WebhookResult.ListenerFailed f = (WebhookResult.ListenerFailed) result;
    return "429 listener failed  "
        + f.event().type()
        + "  ("
        + f.failures().size()
        + " failure(s); GHL will deliver it again)";
  }

  private static String subject(WebhookEvent e) {
    if (e instanceof WebhookEvent.ContactEvent c) {
      return "  contact=" + c.contact().id();
    }
    if (e instanceof WebhookEvent.TaskEvent t) {
      return "  contact=" + t.task().contactId() + " task=" + t.task().id();
    }
    if (e instanceof WebhookEvent.NoteEvent n) {
      return "  contact=" + n.note().contactId() + " note=" + n.note().id();
    }
    return "";
  }
}
