package io.ghlsync.onoffice;

import static org.assertj.core.api.Assertions.assertThat;

import io.ghlsync.testkit.OpenSockets;
import java.net.InetAddress;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;

/** A host that builds and closes many clients keeps no connections or threads of theirs. */
class ClientCloseTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.ofEpochSecond(MockOnOffice.NOW), ZoneOffset.UTC);

  private static OnOfficeClient.Builder client(MockWebServer server) {
    return OnOfficeClient.builder()
        .baseUrl(server.url("/api/stable/api.php").toString())
        .token(MockOnOffice.TOKEN)
        .secret(MockOnOffice.SECRET)
        .clock(CLOCK);
  }

  @Test
  void closingManyClientsClosesEveryPooledConnectionAndStartsNoThreadsThatStay() throws Exception {
    OpenSockets sockets = new OpenSockets();
    long threadsBefore = okHttpDispatcherThreads();
    try (MockWebServer server = new MockWebServer()) {
      server.setServerSocketFactory(sockets);
      server.start(InetAddress.getLoopbackAddress(), 0);
      List<OnOfficeClient> clients = new ArrayList<>();
      for (int i = 0; i < 20; i++) {
        server.enqueue(
            new MockResponse.Builder().body(MockOnOffice.ok("address", "", "0")).build());
        OnOfficeClient c = client(server).build();
        assertThat(c.addresses().findByEmail("a@b.de")).isEmpty();
        clients.add(c);
      }
      assertThat(sockets.count()).as("one kept-alive connection per client").isEqualTo(20);

      clients.forEach(OnOfficeClient::close);

      assertThat(sockets.awaitAtMost(0)).isZero();
      assertThat(okHttpDispatcherThreads()).isLessThanOrEqualTo(threadsBefore);
    }
  }

  @Test
  void aHostsOkHttpClientKeepsItsConnectionsAfterTheClientIsClosed() throws Exception {
    OpenSockets sockets = new OpenSockets();
    OkHttpClient host = new OkHttpClient();
    try (MockWebServer server = new MockWebServer()) {
      server.setServerSocketFactory(sockets);
      server.start(InetAddress.getLoopbackAddress(), 0);
      server.enqueue(new MockResponse.Builder().body(MockOnOffice.ok("address", "", "0")).build());
      OnOfficeClient c = client(server).config(cfg -> cfg.okHttpClient(host)).build();
      c.addresses().findByEmail("a@b.de");

      c.close();

      assertThat(host.dispatcher().executorService().isShutdown()).isFalse();
      assertThat(host.connectionPool().connectionCount()).isEqualTo(1);
      assertThat(sockets.count()).isEqualTo(1);
      host.connectionPool().evictAll();
      assertThat(sockets.awaitAtMost(0)).isZero();
    }
  }

  private static long okHttpDispatcherThreads() {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(t -> t.isAlive() && t.getName().startsWith("OkHttp Dispatch"))
        .count();
  }
}
