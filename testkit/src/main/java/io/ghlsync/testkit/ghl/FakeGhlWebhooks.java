package io.ghlsync.testkit.ghl;

import io.ghlsync.testkit.ghl.internal.WebhookOutbox;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.PublicKey;
import java.time.Duration;
import java.util.Base64;
import java.util.List;

/**
 * The test's side of GHL webhooks. Every state change made through the API (and {@link
 * FakeGhlLocation#addAppointment}) publishes the documented event, signed with Ed25519 over the
 * exact body bytes ({@code X-GHL-Signature}, base64), with {@code timestamp} and {@code webhookId}.
 * Deliveries go to every registered URL on one background thread, in order, unless the test asks
 * for duplicates or another order.
 */
public final class FakeGhlWebhooks {
  private final WebhookOutbox outbox;

  FakeGhlWebhooks(WebhookOutbox outbox) {
    this.outbox = outbox;
  }

  /**
   * Registers a receiver; events published from now on are POSTed to it.
   *
   * @param endpoint the receiver's URL
   * @return this surface
   */
  public FakeGhlWebhooks register(URI endpoint) {
    outbox.endpoints().add(endpoint);
    return this;
  }

  /**
   * Removes a receiver.
   *
   * @param endpoint the receiver's URL
   * @return this surface
   */
  public FakeGhlWebhooks unregister(URI endpoint) {
    outbox.endpoints().remove(endpoint);
    return this;
  }

  /**
   * Returns the public key that verifies {@code X-GHL-Signature}.
   *
   * @return the Ed25519 public key
   */
  public PublicKey publicKey() {
    return outbox.publicKey();
  }

  /**
   * Returns the public key as PEM ({@code -----BEGIN PUBLIC KEY-----}, X.509 SubjectPublicKeyInfo),
   * the form GHL publishes its key in.
   *
   * @return the PEM text
   */
  public String publicKeyPem() {
    String base64 =
        Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
            .encodeToString(outbox.publicKey().getEncoded());
    return "-----BEGIN PUBLIC KEY-----\n" + base64 + "\n-----END PUBLIC KEY-----\n";
  }

  /**
   * Signs bytes as the fake signs webhook bodies, for testing a verifier without a delivery.
   *
   * @param body the exact bytes
   * @return the base64 signature
   */
  public String sign(byte[] body) {
    return outbox.sign(body);
  }

  /**
   * Sends every event twice (same body, same {@code webhookId}) from now on, or stops doing so.
   *
   * @param duplicate whether to duplicate
   * @return this surface
   */
  public FakeGhlWebhooks duplicateEach(boolean duplicate) {
    outbox.duplicateEach(duplicate);
    return this;
  }

  /**
   * Holds events back (published but not sent) until a release method is called.
   *
   * @return this surface
   */
  public FakeGhlWebhooks hold() {
    outbox.hold();
    return this;
  }

  /** Sends the held events in publication order and stops holding. */
  public void releaseInOrder() {
    outbox.release("in-order", 0);
  }

  /** Sends the held events newest first and stops holding. */
  public void releaseReversed() {
    outbox.release("reversed", 0);
  }

  /**
   * Sends the held events in a seeded random order and stops holding.
   *
   * @param seed the shuffle seed
   */
  public void releaseShuffled(long seed) {
    outbox.release("shuffled", seed);
  }

  /**
   * Sends a published event again, byte for byte, to every receiver.
   *
   * @param webhookId the event's {@code webhookId}
   */
  public void redeliver(String webhookId) {
    outbox.redeliver(webhookId);
  }

  /**
   * Returns the deliveries made so far, in order.
   *
   * @return a snapshot
   */
  public List<WebhookDelivery> deliveries() {
    return outbox.deliveries();
  }

  /**
   * Waits until at least {@code count} deliveries were made.
   *
   * @param count how many
   * @param timeout the longest wait
   * @return whether they were made in time
   */
  public boolean awaitDeliveries(int count, Duration timeout) {
    return outbox.awaitDeliveries(count, timeout);
  }

  void close() {
    outbox.close();
  }
}
