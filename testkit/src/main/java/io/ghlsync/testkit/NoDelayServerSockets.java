package io.ghlsync.testkit;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import javax.net.ServerSocketFactory;

/**
 * Server sockets whose accepted connections disable Nagle's algorithm; every fake uses them.
 * Without it, MockWebServer's separate header and body writes meet the client's delayed ACK and
 * every call takes ~40 ms of pure TCP waiting, which would hide the cost of the code being
 * measured.
 */
public final class NoDelayServerSockets extends ServerSocketFactory {

  /** Creates the factory. */
  public NoDelayServerSockets() {}

  private static final class NoDelayServerSocket extends ServerSocket {
    NoDelayServerSocket() throws IOException {
      super();
    }

    @Override
    public Socket accept() throws IOException {
      Socket socket = super.accept();
      socket.setTcpNoDelay(true);
      return socket;
    }
  }

  @Override
  public ServerSocket createServerSocket() throws IOException {
    return new NoDelayServerSocket();
  }

  @Override
  public ServerSocket createServerSocket(int port) throws IOException {
    ServerSocket s = createServerSocket();
    s.bind(new java.net.InetSocketAddress(port));
    return s;
  }

  @Override
  public ServerSocket createServerSocket(int port, int backlog) throws IOException {
    ServerSocket s = createServerSocket();
    s.bind(new java.net.InetSocketAddress(port), backlog);
    return s;
  }

  @Override
  public ServerSocket createServerSocket(int port, int backlog, InetAddress address)
      throws IOException {
    ServerSocket s = createServerSocket();
    s.bind(new java.net.InetSocketAddress(address, port), backlog);
    return s;
  }
}
