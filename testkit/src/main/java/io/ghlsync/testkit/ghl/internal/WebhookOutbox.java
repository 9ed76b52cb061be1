package io.ghlsync.testkit.ghl.internal;

import io.ghlsync.testkit.JsonText;
import io.ghlsync.testkit.ghl.WebhookDelivery;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.Signature;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Signs and sends webhook events: Ed25519 over the exact body bytes, base64 in {@code
 * X-GHL-Signature}, one POST per registered endpoint, in publication order on one background
 * thread. Events can be held back and released in another order, sent twice, or sent again.
 */
public final class WebhookOutbox implements AutoCloseable {
  private final Clock clock;
  private final Random ids;
  private final KeyPair keys;
  private final WebhookSender sender;
  private final ExecutorService executor;
  private final List<URI> endpoints = new CopyOnWriteArrayList<>();
  private final List<WebhookDelivery> deliveries = Collections.synchronizedList(new ArrayList<>());
  private final Map<String, SignedEvent> sent = new ConcurrentHashMap<>();
  private final List<SignedEvent> held = new ArrayList<>();
  private volatile boolean holding;
  private volatile boolean duplicateEach;

  /**
   * Creates an outbox with a fresh Ed25519 key pair.
   *
   * @param clock the clock for payload timestamps
   * @param seed the seed for webhook ids
   */
  public WebhookOutbox(Clock clock, long seed) {
    this.clock = clock;
    this.ids = new Random(seed);
    this.sender = new WebhookSender();
    this.executor =
        Executors.newSingleThreadExecutor(
            r -> {
              Thread t = new Thread(r, "fake-ghl-webhooks");
              t.setDaemon(true);
              return t;
            });
    try {
      this.keys = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("this JDK cannot generate Ed25519 keys", e);
    }
  }

  /**
   * Returns the public key receivers verify with.
   *
   * @return the Ed25519 public key
   */
  public PublicKey publicKey() {
    return keys.getPublic();
  }

  /**
   * Signs bytes with the fake's private key.
   *
   * @param body the exact bytes
   * @return the base64 Ed25519 signature
   */
  public String sign(byte[] body) {
    try {
      Signature signer = Signature.getInstance("Ed25519");
      signer.initSign(keys.getPrivate());
      signer.update(body);
      return Base64.getEncoder().encodeToString(signer.sign());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("could not sign a webhook body", e);
    }
  }

  /**
   * Returns the registered endpoints (mutable, thread-safe).
   *
   * @return the endpoints
   */
  public List<URI> endpoints() {
    return endpoints;
  }

  /**
   * Tells whether anyone could receive events, so callers can skip building payloads.
   *
   * @return whether an endpoint is registered or events are being held
   */
  public boolean active() {
    return !endpoints.isEmpty() || holding;
  }

  /**
   * Adds {@code timestamp} and {@code webhookId} to a payload, signs it and sends or holds it.
   *
   * @param data the event data starting with {@code type}
   */
  public void publish(Map<String, Object> data) {
    Map<String, Object> payload = new LinkedHashMap<>();
    payload.put("timestamp", Dates.format(clock.instant()));
    String webhookId;
    synchronized (ids) {
      webhookId = ContactIds.random(ids);
    }
    payload.put("webhookId", webhookId);
    payload.putAll(data);
    String body = JsonText.write(payload);
    SignedEvent event =
        new SignedEvent(
            webhookId,
            String.valueOf(data.get("type")),
            body,
            sign(body.getBytes(StandardCharsets.UTF_8)));
    sent.put(webhookId, event);
    synchronized (held) {
      if (holding) {
        held.add(event);
        return;
      }
    }
    send(event, duplicateEach ? 2 : 1);
  }

  /**
   * Sends every event twice from now on (or stops doing so).
   *
   * @param duplicate whether to duplicate
   */
  public void duplicateEach(boolean duplicate) {
    this.duplicateEach = duplicate;
  }

  /** Holds events back until one of the release methods is called. */
  public void hold() {
    holding = true;
  }

  /**
   * Sends the held events in the given order and stops holding.
   *
   * @param order the order: {@code in-order}, {@code reversed} or a shuffle seed
   * @param shuffleSeed the seed when shuffling
   */
  public void release(String order, long shuffleSeed) {
    List<SignedEvent> batch;
    synchronized (held) {
      holding = false;
      batch = new ArrayList<>(held);
      held.clear();
    }
    if (order.equals("reversed")) {
      Collections.reverse(batch);
    } else if (order.equals("shuffled")) {
      Collections.shuffle(batch, new Random(shuffleSeed));
    }
    for (SignedEvent event : batch) {
      send(event, duplicateEach ? 2 : 1);
    }
  }

  /**
   * Sends an already published event again, byte for byte.
   *
   * @param webhookId the event's id
   */
  public void redeliver(String webhookId) {
    SignedEvent event = sent.get(webhookId);
    if (event == null) {
      throw new IllegalArgumentException("webhookId " + webhookId + " was never published");
    }
    send(event, 1);
  }

  /**
   * Returns the deliveries made so far, in order.
   *
   * @return a snapshot
   */
  public List<WebhookDelivery> deliveries() {
    synchronized (deliveries) {
      return List.copyOf(deliveries);
    }
  }

  /**
   * Waits until at least {@code count} deliveries were made.
   *
   * @param count how many
   * @param timeout how long to wait at most
   * @return whether they were made in time
   */
  public boolean awaitDeliveries(int count, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (deliveries.size() < count) {
      if (System.nanoTime() > deadline) {
        return false;
      }
      try {
        Thread.sleep(5);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      }
    }
    return true;
  }

  private void send(SignedEvent event, int times) {
    for (URI endpoint : endpoints) {
      for (int i = 0; i < times; i++) {
        executor.execute(
            () -> {
              int status =
                  sender.post(
                      endpoint, event.body().getBytes(StandardCharsets.UTF_8), event.signature());
              deliveries.add(
                  new WebhookDelivery(
                      endpoint,
                      event.webhookId(),
                      event.type(),
                      event.body(),
                      event.signature(),
                      status));
            });
      }
    }
  }

  /** Stops the delivery thread after the queued deliveries, waiting up to five seconds. */
  @Override
  public void close() {
    executor.shutdown();
    try {
      executor.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    sender.close();
  }

  private record SignedEvent(String webhookId, String type, String body, String signature) {}
}
