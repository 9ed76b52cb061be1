package io.ghlsync.core.internal;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import javax.net.SocketFactory;

/**
 * Wraps a socket factory so that every socket disables Nagle's algorithm ({@code TCP_NODELAY}), as
 * curl and Apache HttpClient 5 do by default. Without it a request whose headers and body leave in
 * separate writes waits for the server's delayed ACK: about 40 ms per call on Linux, measured on
 * the onOffice batch calls of the sync benchmark.
 */
public final class NoDelaySocketFactory extends SocketFactory {
  private final SocketFactory delegate;

  /**
   * Wraps a factory.
   *
   * @param delegate the factory that creates the sockets
   */
  public NoDelaySocketFactory(SocketFactory delegate) {
    this.delegate = delegate;
  }

  private static Socket noDelay(Socket socket) throws IOException {
    socket.setTcpNoDelay(true);
    return socket;
  }

  @Override
  public Socket createSocket() throws IOException {
    return noDelay(delegate.createSocket());
  }

  @Override
  public Socket createSocket(String host, int port) throws IOException {
    return noDelay(delegate.createSocket(host, port));
  }

  @Override
  public Socket createSocket(String host, int port, InetAddress localHost, int localPort)
      throws IOException {
    return noDelay(delegate.createSocket(host, port, localHost, localPort));
  }

  @Override
  public Socket createSocket(InetAddress host, int port) throws IOException {
    return noDelay(delegate.createSocket(host, port));
  }

  @Override
  public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort)
      throws IOException {
    return noDelay(delegate.createSocket(address, port, localAddress, localPort));
  }
}
