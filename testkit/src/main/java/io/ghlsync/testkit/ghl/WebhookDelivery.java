package io.ghlsync.testkit.ghl;

import java.net.URI;

/**
 * One webhook POST the fake made (a duplicate or redelivery is a delivery of its own).
 *
 * @param endpoint where it was sent
 * @param webhookId the payload's {@code webhookId}
 * @param type the payload's {@code type}, e.g. {@code ContactCreate}
 * @param body the exact body bytes sent, as UTF-8 text
 * @param signature the {@code X-GHL-Signature} header sent
 * @param status the receiver's status code, 0 when the receiver could not be reached
 */
public record WebhookDelivery(
    URI endpoint, String webhookId, String type, String body, String signature, int status) {}
