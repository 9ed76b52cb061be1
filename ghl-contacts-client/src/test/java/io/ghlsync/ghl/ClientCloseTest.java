package io.ghlsync.ghl;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ClientCloseTest {
  private final MockGhl ghl = new MockGhl();

  @AfterEach
  void close() {
    ghl.close();
  }

  @Test
  void buildingAndClosingManyClientsLeavesNoDispatcherThreads() throws Exception {
    long before = dispatcherThreads();
    List<GhlClient> clients = new ArrayList<>();
    for (int i = 0; i < 25; i++) {
      ghl.enqueueFixture(200, "contact-get.json");
      GhlClient client = ghl.client();
      client.contacts().getAsync("c" + i).get(10, TimeUnit.SECONDS);
      clients.add(client);
    }
    assertThat(dispatcherThreads()).isGreaterThanOrEqualTo(before + 25);

    clients.forEach(GhlClient::close);

    assertThat(awaitDispatcherThreadsAtMost(before)).isLessThanOrEqualTo(before);
  }

  @Test
  void aHostsOkHttpClientStaysUsableAfterTheClientIsClosed() throws Exception {
    OkHttpClient host = new OkHttpClient();
    GhlClient client = ghl.builder().config(c -> c.okHttpClient(host)).build();
    ghl.enqueueFixture(200, "contact-get.json");
    client.contacts().getAsync("c1").get(10, TimeUnit.SECONDS);

    client.close();

    assertThat(host.dispatcher().executorService().isShutdown()).isFalse();
    host.dispatcher().executorService().shutdown();
    host.connectionPool().evictAll();
  }

  private static long dispatcherThreads() {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(t -> t.isAlive() && t.getName().startsWith("OkHttp Dispatch"))
        .count();
  }

  /** Shut-down pools end their idle threads promptly; this waits for them, at most 10 s. */
  private static long awaitDispatcherThreadsAtMost(long limit) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    long count = dispatcherThreads();
    while (count > limit && System.nanoTime() < deadline) {
      for (Thread t : Thread.getAllStackTraces().keySet()) {
        if (t.getName().startsWith("OkHttp Dispatch")) {
          t.join(100);
        }
      }
      count = dispatcherThreads();
    }
    return count;
  }
}
