package io.ghlsync.onoffice;

import io.ghlsync.core.RetryConfig;
import io.ghlsync.onoffice.internal.HmacSigner;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

/** A MockWebServer standing in for onOffice, with a client on a fixed clock. */
final class MockOnOffice implements AutoCloseable {
  static final String TOKEN = "t0ken000000000000000000000000032";
  static final String SECRET = "s3cret0000000000000000000000000000000000000000000000000000000064";
  static final long NOW = 1_700_000_000L;

  final MockWebServer server = new MockWebServer();
  final OnOfficeClient client;

  MockOnOffice() {
    this(Clock.fixed(Instant.ofEpochSecond(NOW), ZoneOffset.UTC), 20);
  }

  MockOnOffice(Clock clock, int maxActions) {
    try {
      server.start(java.net.InetAddress.getLoopbackAddress(), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String url = server.url("/api/stable/api.php").toString();
    client =
        OnOfficeClient.builder()
            .baseUrl(url)
            .token(TOKEN)
            .secret(SECRET)
            .clock(clock)
            .maxActionsPerRequest(maxActions)
            .config(
                c -> c.retry(new RetryConfig(3, Duration.ofMillis(5), Duration.ofMillis(20), 0)))
            .build();
  }

  /** A clock that moves one second each time it is read, starting at {@link #NOW}. */
  static Clock ticking() {
    java.util.concurrent.atomic.AtomicLong seconds =
        new java.util.concurrent.atomic.AtomicLong(NOW);
    return new Clock() {
      @Override
      public java.time.ZoneId getZone() {
        return ZoneOffset.UTC;
      }

      @Override
      public Clock withZone(java.time.ZoneId zone) {
        return this;
      }

      @Override
      public Instant instant() {
        return Instant.ofEpochSecond(seconds.getAndIncrement());
      }
    };
  }

  void enqueue(String json) {
    server.enqueue(new MockResponse.Builder().code(200).body(json).build());
  }

  void enqueue(MockResponse response) {
    server.enqueue(response);
  }

  RecordedRequest take() {
    try {
      RecordedRequest r = server.takeRequest(5, TimeUnit.SECONDS);
      if (r == null) {
        throw new AssertionError("no request arrived");
      }
      return r;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  String takeBody() {
    return take().getBody().utf8();
  }

  /** The exact body the client must send for one action at {@link #NOW}. */
  static String body(ActionType type, String resourceId, String resourceType, String parameters) {
    return "{\"token\":\""
        + TOKEN
        + "\",\"request\":{\"actions\":["
        + action(type, resourceId, resourceType, parameters, NOW)
        + "]}}";
  }

  static String action(
      ActionType type, String resourceId, String resourceType, String parameters, long timestamp) {
    return "{\"actionid\":\""
        + type.urn()
        + "\",\"identifier\":\"\",\"parameters\":"
        + parameters
        + ",\"resourceid\":\""
        + resourceId
        + "\",\"resourcetype\":\""
        + resourceType
        + "\",\"timestamp\":"
        + timestamp
        + ",\"hmac_version\":2,\"hmac\":\""
        + HmacSigner.sign(SECRET, timestamp, TOKEN, resourceType, type.urn())
        + "\"}";
  }

  /** A successful one-action response. */
  static String ok(String resourceType, String records, String cntabsolute) {
    return "{\"status\":{\"code\":200,\"errorcode\":0,\"message\":\"OK\"},\"response\":{\"results\":["
        + result(resourceType, records, cntabsolute)
        + "]}}";
  }

  static String result(String resourceType, String records, String cntabsolute) {
    return "{\"actionid\":\"x\",\"resourceid\":\"\",\"resourcetype\":\""
        + resourceType
        + "\",\"cacheable\":true,\"identifier\":\"\",\"data\":{\"meta\":{\"cntabsolute\":"
        + cntabsolute
        + "},\"records\":["
        + records
        + "]},\"status\":{\"errorcode\":0,\"message\":\"OK\"}}";
  }

  static String failedResult(int code, String message) {
    return "{\"actionid\":\"x\",\"resourceid\":\"\",\"resourcetype\":\"address\",\"cacheable\":false,"
        + "\"identifier\":\"\",\"data\":[],\"status\":{\"errorcode\":"
        + code
        + ",\"message\":\""
        + message
        + "\"}}";
  }

  static String envelope(int code, int errorcode, String message, String... results) {
    return "{\"status\":{\"code\":"
        + code
        + ",\"errorcode\":"
        + errorcode
        + ",\"message\":\""
        + message
        + "\"},\"response\":{\"results\":["
        + String.join(",", results)
        + "]}}";
  }

  @Override
  public void close() {
    server.close();
  }
}
