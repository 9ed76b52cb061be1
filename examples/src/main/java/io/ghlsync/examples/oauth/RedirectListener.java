package io.ghlsync.examples.oauth;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.ghlsync.examples.cli.ExampleFailure;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jspecify.annotations.Nullable;

/**
 * Catches the OAuth redirect on this machine: a JDK {@link HttpServer} on the loopback address and
 * port of the redirect URI, answering the browser with a short page and handing the {@code code}
 * and {@code state} (or GHL's {@code error}) to the waiting program.
 */
final class RedirectListener implements AutoCloseable {
  private final HttpServer server;
  private final URI redirectUri;
  private final CompletableFuture<Redirect> redirect = new CompletableFuture<>();

  /**
   * What the redirect carried.
   *
   * @param code the authorization code, when the user approved
   * @param state the state parameter
   * @param error GHL's error code, when the user refused or something failed
   */
  record Redirect(Optional<String> code, Optional<String> state, Optional<String> error) {}

  private RedirectListener(HttpServer server, URI redirectUri) {
    this.server = server;
    this.redirectUri = redirectUri;
  }

  /**
   * Listens on the redirect URI's port (port 0 picks a free one) on the loopback interface.
   *
   * @param configured the redirect URI registered for the app, e.g. {@code
   *     http://127.0.0.1:8765/oauth/callback}
   * @return the running listener
   * @throws ExampleFailure (exit code 2) when the URI does not point at this machine or the port is
   *     taken
   */
  static RedirectListener start(URI configured) {
    String host = configured.getHost() == null ? "" : configured.getHost();
    if (!"http".equals(configured.getScheme())
        || !(host.equals("127.0.0.1") || host.equals("localhost") || host.equals("[::1]"))) {
      throw ExampleFailure.setup(
          "the redirect URI must be http://127.0.0.1:PORT/PATH (or localhost) so this program can"
              + " catch the redirect; got "
              + configured);
    }
    String path =
        configured.getPath() == null || configured.getPath().isEmpty() ? "/" : configured.getPath();
    int port = configured.getPort() < 0 ? 80 : configured.getPort();
    HttpServer server;
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
    } catch (IOException e) {
      throw ExampleFailure.setup(
          "cannot listen on port "
              + port
              + " for the redirect ("
              + e.getMessage()
              + "); free the port or register another redirect URI");
    }
    URI actual = URI.create("http://" + host + ":" + server.getAddress().getPort() + path);
    RedirectListener listener = new RedirectListener(server, actual);
    server.createContext(path, listener::receive);
    server.start();
    return listener;
  }

  /**
   * The redirect URI with the port actually bound.
   *
   * @return the URI
   */
  URI redirectUri() {
    return redirectUri;
  }

  /**
   * Waits for the redirect.
   *
   * @param timeout the longest wait
   * @return what the redirect carried
   * @throws ExampleFailure when no redirect arrives in time
   */
  Redirect await(Duration timeout) {
    try {
      return redirect.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      throw ExampleFailure.run(
          "no redirect arrived within "
              + timeout.toSeconds()
              + " seconds; open the authorization URL and approve the app, then run again",
          e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw ExampleFailure.run("interrupted while waiting for the redirect", e);
    } catch (ExecutionException e) {
      throw ExampleFailure.run("the redirect listener failed: " + e.getCause(), e);
    }
  }

  private void receive(HttpExchange exchange) throws IOException {
    try (exchange) {
      Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
      Optional<String> code = Optional.ofNullable(query.get("code"));
      Optional<String> error = Optional.ofNullable(query.get("error"));
      if (code.isEmpty() && error.isEmpty()) {
        respond(exchange, 400, "This address waits for the GHL authorization redirect.");
        return;
      }
      respond(
          exchange,
          200,
          code.isPresent()
              ? "Authorised. You can close this window and return to the terminal."
              : "Authorisation failed: " + error.get() + ". See the terminal.");
      redirect.complete(new Redirect(code, Optional.ofNullable(query.get("state")), error));
    }
  }

  private static void respond(HttpExchange exchange, int status, String text) throws IOException {
    byte[] body =
        ("<!doctype html><title>ghlsync</title><p>" + text + "</p>")
            .getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
    exchange.sendResponseHeaders(status, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  /**
   * Decodes a raw query string.
   *
   * @param raw the raw query, possibly absent
   * @return the parameters (first value of each name)
   */
  static Map<String, String> query(@Nullable String raw) {
    Map<String, String> out = new HashMap<>();
    if (raw == null || raw.isEmpty()) {
      return out;
    }
    for (String pair : raw.split("&")) {
      int eq = pair.indexOf('=');
      String name =
          URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
      String value =
          eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
      out.putIfAbsent(name, value);
    }
    return out;
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
