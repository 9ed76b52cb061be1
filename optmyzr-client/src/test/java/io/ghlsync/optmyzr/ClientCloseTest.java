package io.ghlsync.optmyzr;

import static io.ghlsync.optmyzr.Clients.contactJson;
import static io.ghlsync.optmyzr.Clients.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.ghlsync.testkit.OpenSockets;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import mockwebserver3.MockWebServer;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;

/** A host that builds and closes many clients keeps no connections or threads of theirs. */
class ClientCloseTest {

  @Test
  void closingManyClientsClosesEveryPooledConnectionAndStartsNoThreadsThatStay() throws Exception {
    OpenSockets sockets = new OpenSockets();
    long threadsBefore = okHttpDispatcherThreads();
    try (MockWebServer server = new MockWebServer()) {
      server.setServerSocketFactory(sockets);
      server.start(InetAddress.getLoopbackAddress(), 0);
      List<OptmyzrClient> clients = new ArrayList<>();
      for (int i = 0; i < 20; i++) {
        server.enqueue(json(200, contactJson("ct_" + i)));
        OptmyzrClient c = Clients.withApiKey(server);
        assertThat(c.contacts().get("ct_" + i).id()).isEqualTo("ct_" + i);
        clients.add(c);
      }
      assertThat(sockets.count()).as("one kept-alive connection per client").isEqualTo(20);

      clients.forEach(OptmyzrClient::close);

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
      server.enqueue(json(200, contactJson("ct_1")));
      OptmyzrClient c =
          Clients.base(server)
              .apiKey(io.ghlsync.core.Secret.of(Clients.API_KEY, "apiKey"))
              .config(cfg -> cfg.okHttpClient(host))
              .build();
      c.contacts().get("ct_1");

      c.close();

      assertThat(host.dispatcher().executorService().isShutdown()).isFalse();
      assertThat(host.connectionPool().connectionCount()).isEqualTo(1);
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
