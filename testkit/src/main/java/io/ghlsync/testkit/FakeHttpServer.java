package io.ghlsync.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.util.concurrent.TimeUnit;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.HttpUrl;

/**
 * A MockWebServer on the loopback interface with an ephemeral port, serving one dispatcher. It
 * drops MockWebServer's own request log after each request (the {@link RequestJournal} keeps what
 * tests need), so benchmarks with many thousands of requests run in constant memory.
 */
public final class FakeHttpServer implements AutoCloseable {
  private final MockWebServer server;

  private FakeHttpServer(MockWebServer server) {
    this.server = server;
  }

  /**
   * Starts a server on {@code 127.0.0.1} (loopback only) with a free port.
   *
   * @param dispatcher what answers the requests
   * @return the running server
   * @throws UncheckedIOException when the port cannot be bound
   */
  public static FakeHttpServer start(Dispatcher dispatcher) {
    MockWebServer server = new MockWebServer();
    server.setServerSocketFactory(new NoDelayServerSockets());
    server.setDispatcher(new Draining(dispatcher, server));
    try {
      server.start(InetAddress.getLoopbackAddress(), 0);
    } catch (IOException e) {
      throw new UncheckedIOException("could not start the fake server on loopback", e);
    }
    return new FakeHttpServer(server);
  }

  /**
   * Builds a URL on this server.
   *
   * @param path the path, e.g. {@code "/contacts/"}
   * @return the URL
   */
  public HttpUrl url(String path) {
    return server.url(path);
  }

  /**
   * Returns the base URL without a trailing slash, e.g. {@code http://127.0.0.1:51234}.
   *
   * @return the base URL
   */
  public String baseUrl() {
    String url = server.url("/").toString();
    return url.substring(0, url.length() - 1);
  }

  /**
   * Returns the port the server listens on.
   *
   * @return the port
   */
  public int port() {
    return server.getPort();
  }

  /** Stops the server and closes its connections. */
  @Override
  public void close() {
    server.close();
  }

  private static final class Draining extends Dispatcher {
    private final Dispatcher delegate;
    private final MockWebServer server;

    Draining(Dispatcher delegate, MockWebServer server) {
      this.delegate = delegate;
      this.server = server;
    }

    @Override
    public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
      try {
        return delegate.dispatch(request);
      } finally {
        server.takeRequest(0, TimeUnit.NANOSECONDS);
      }
    }

    @Override
    public void close() {
      delegate.close();
    }
  }
}
