package io.ghlsync.examples.webhook;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.ghlsync.ghl.webhook.WebhookHandler;
import io.ghlsync.ghl.webhook.WebhookHeaders;
import io.ghlsync.ghl.webhook.WebhookResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A GHL webhook endpoint on the JDK's built-in {@link HttpServer}. Each POST goes to {@link
 * WebhookHandler#handle} with the raw body as received; the sender gets the verdict's status (200
 * for accepted and duplicate events, 401 or 400 for rejected ones) at once, and only then is the
 * verdict handed to an observer (e.g. for printing), so slow observers never delay GHL.
 *
 * <pre>{@code
 * WebhookHandler handler = WebhookHandler.builder().build();
 * handler.on(WebhookEvent.ContactUpdate.class, e -> engine.submit(e));
 * try (WebhookReceiver r = WebhookReceiver.start(new InetSocketAddress(8080), "/webhooks/ghl",
 *     handler, result -> System.out.println(result))) { ... }
 * }</pre>
 */
public final class WebhookReceiver implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(WebhookReceiver.class);

  private final HttpServer server;
  private final URI url;

  private WebhookReceiver(HttpServer server, URI url) {
    this.server = server;
    this.url = url;
  }

  /**
   * Starts listening.
   *
   * @param address where to listen, e.g. {@code new InetSocketAddress("127.0.0.1", 0)} for a free
   *     loopback port
   * @param path the endpoint path, e.g. {@code /webhooks/ghl}
   * @param handler verifies, deduplicates and parses deliveries
   * @param observer called with every verdict after the response was sent
   * @return the running receiver
   * @throws UncheckedIOException when the address cannot be bound
   */
  public static WebhookReceiver start(
      InetSocketAddress address,
      String path,
      WebhookHandler handler,
      Consumer<WebhookResult> observer) {
    if (!path.startsWith("/")) {
      throw new IllegalArgumentException("path must start with '/': " + path);
    }
    HttpServer server;
    try {
      server = HttpServer.create(address, 0);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot listen on " + address + ": " + e.getMessage(), e);
    }
    server.createContext(path, exchange -> receive(exchange, handler, observer));
    server.start();
    InetSocketAddress bound = server.getAddress();
    String host = bound.getAddress().isAnyLocalAddress() ? "127.0.0.1" : bound.getHostString();
    URI url = URI.create("http://" + host + ":" + bound.getPort() + path);
    return new WebhookReceiver(server, url);
  }

  private static void receive(
      HttpExchange exchange, WebhookHandler handler, Consumer<WebhookResult> observer)
      throws IOException {
    try (exchange) {
      if (!"POST".equals(exchange.getRequestMethod())) {
        exchange.getResponseHeaders().add("Allow", "POST");
        exchange.sendResponseHeaders(405, -1);
        return;
      }
      WebhookResult result;
      try (InputStream body = exchange.getRequestBody()) {
        result = handler.handle(WebhookHeaders.of(exchange.getRequestHeaders()), body);
      }
      // GHL delivers again only after a 429; tell it when.
      result
          .retryAfterSeconds()
          .ifPresent(
              seconds -> exchange.getResponseHeaders().add("Retry-After", String.valueOf(seconds)));
      exchange.sendResponseHeaders(result.httpStatus(), -1);
      exchange.close();
      try {
        observer.accept(result);
      } catch (RuntimeException e) {
        LOG.warn("webhook observer failed; the delivery was answered already", e);
      }
    }
  }

  /**
   * The endpoint URL (with {@code 127.0.0.1} when listening on every interface).
   *
   * @return e.g. {@code http://127.0.0.1:8080/webhooks/ghl}
   */
  public URI url() {
    return url;
  }

  /** Stops listening at once. */
  @Override
  public void close() {
    server.stop(0);
  }
}
