package io.ghlsync.testkit;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import javax.net.ServerSocketFactory;

/**
 * A server socket factory for MockWebServer that knows which accepted connections are still open:
 * the server closes its side when the client closes a pooled connection. Tests use it to show that
 * a client's {@code close()} releases its pooled connections.
 */
public final class OpenSockets extends ServerSocketFactory {
  private final Set<Socket> open = ConcurrentHashMap.newKeySet();

  /** Creates a factory with no connection accepted yet. */
  public OpenSockets() {}

  /**
   * How many accepted connections are open now.
   *
   * @return the count
   */
  public int count() {
    return open.size();
  }

  /**
   * Waits until at most {@code limit} connections are open, 10 s at most.
   *
   * @param limit the most connections that may stay open
   * @return how many are open when the wait ends
   * @throws InterruptedException if interrupted while waiting
   */
  public int awaitAtMost(int limit) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (open.size() > limit && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    return open.size();
  }

  private ServerSocket tracking() throws IOException {
    return new ServerSocket() {
      @Override
      public Socket accept() throws IOException {
        Socket socket =
            new Socket() {
              @Override
              public synchronized void close() throws IOException {
                open.remove(this);
                super.close();
              }
            };
        implAccept(socket);
        open.add(socket);
        return socket;
      }
    };
  }

  @Override
  public ServerSocket createServerSocket() throws IOException {
    return tracking();
  }

  @Override
  public ServerSocket createServerSocket(int port) throws IOException {
    ServerSocket s = tracking();
    s.bind(new java.net.InetSocketAddress(port));
    return s;
  }

  @Override
  public ServerSocket createServerSocket(int port, int backlog) throws IOException {
    ServerSocket s = tracking();
    s.bind(new java.net.InetSocketAddress(port), backlog);
    return s;
  }

  @Override
  public ServerSocket createServerSocket(int port, int backlog, InetAddress address)
      throws IOException {
    ServerSocket s = tracking();
    s.bind(new java.net.InetSocketAddress(address, port), backlog);
    return s;
  }
}
