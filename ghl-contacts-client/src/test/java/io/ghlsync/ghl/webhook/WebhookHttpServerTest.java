package io.ghlsync.ghl.webhook;

import static io.ghlsync.ghl.webhook.WebhookFixtures.ED25519;
import static io.ghlsync.ghl.webhook.WebhookFixtures.documented;
import static io.ghlsync.ghl.webhook.WebhookFixtures.handlerBuilder;
import static io.ghlsync.ghl.webhook.WebhookFixtures.stamped;
import static io.ghlsync.ghl.webhook.WebhookFixtures.utf8;
import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.ghlsync.ghl.webhook.WebhookEvent.ContactEvent;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * How a host wires the handler into a JDK {@link HttpServer}: headers and raw body in, status out.
 */
class WebhookHttpServerTest {
  private final List<String> triggered = new CopyOnWriteArrayList<>();
  private final WebhookHandler handler =
      handlerBuilder()
          .maxBodyBytes(64 * 1024)
          .build()
          .on(ContactEvent.class, e -> triggered.add(e.contact().id()));
  private final HttpClient client = HttpClient.newHttpClient();
  private HttpServer server;

  @BeforeEach
  void startReceiver() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/ghl/webhooks", this::receive);
    server.start();
  }

  @AfterEach
  void stopReceiver() {
    server.stop(0);
  }

  private void receive(HttpExchange exchange) throws IOException {
    try {
      WebhookResult result =
          handler.handle(
              WebhookHeaders.of(exchange.getRequestHeaders()), exchange.getRequestBody());
      exchange.sendResponseHeaders(result.httpStatus(), -1);
    } finally {
      exchange.close();
    }
  }

  private HttpResponse<Void> post(byte[] body, String signature) throws Exception {
    URI uri = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/ghl/webhooks");
    HttpRequest request =
        HttpRequest.newBuilder(uri)
            .header("Content-Type", "application/json")
            .header("x-ghl-signature", signature)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .build();
    return client.send(request, HttpResponse.BodyHandlers.discarding());
  }

  @Test
  void signedPostIsAcceptedOnceAndItsRedeliveryAcknowledgedWithoutReprocessing() throws Exception {
    byte[] body = utf8(stamped(documented("ContactCreate"), "http-1"));
    String signature = ED25519.sign(body);

    assertThat(post(body, signature).statusCode()).isEqualTo(200);
    assertThat(post(body, signature).statusCode()).isEqualTo(200);
    assertThat(triggered).containsExactly("nmFmQEsNgz6AVpgLVUJ0");
  }

  @Test
  void tamperedPostIsAnswered401AndOversizePost413() throws Exception {
    byte[] body = utf8(stamped(documented("ContactCreate"), "http-2"));
    String signature = ED25519.sign(body);
    byte[] tampered = utf8(new String(body, StandardCharsets.UTF_8).replace("John", "Jane"));
    byte[] oversize = new byte[64 * 1024 + 1];

    assertThat(post(tampered, signature).statusCode()).isEqualTo(401);
    assertThat(post(oversize, signature).statusCode()).isEqualTo(413);
    assertThat(triggered).isEmpty();
  }
}
