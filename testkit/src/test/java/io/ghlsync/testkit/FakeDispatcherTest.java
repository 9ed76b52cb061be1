package io.ghlsync.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.RecordedRequest;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FakeDispatcherTest {
  private final AtomicInteger handled = new AtomicInteger();
  private final TestClock clock = TestClock.at(Instant.parse("2025-05-01T12:00:00Z"));
  private final Faults faults = new Faults(9);
  private final RequestJournal journal = new RequestJournal(3);
  private final OkHttpClient client =
      new OkHttpClient.Builder().retryOnConnectionFailure(false).build();
  private FakeHttpServer server;

  /** A counter service: every handled request increments the counter and echoes it. */
  private final FakeService counter =
      new FakeService() {
        @Override
        public String operationOf(RecordedRequest request) {
          return request.getUrl().encodedPath().equals("/boom") ? "boom" : "count";
        }

        @Override
        public FakeResponse handle(RecordedRequest request) {
          if (operationOf(request).equals("boom")) {
            throw new IllegalStateException("broken \"fake\"");
          }
          return FakeResponse.json(200, "{\"count\":" + handled.incrementAndGet() + "}")
              .withHeader("X-Count", String.valueOf(handled.get()));
        }

        @Override
        public FakeResponse errorResponse(int code, RecordedRequest request) {
          return FakeResponse.json(code, "{\"error\":" + code + "}");
        }

        @Override
        public FakeResponse expiredTokenResponse(RecordedRequest request) {
          return FakeResponse.json(401, "{\"error\":\"expired\"}");
        }
      };

  @BeforeEach
  void start() {
    server = FakeHttpServer.start(new FakeDispatcher(counter, faults, journal, clock));
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private String[] call(String path) throws IOException {
    Request request =
        new Request.Builder()
            .url(server.url(path))
            .post(RequestBody.create("{\"a\":1}", MediaType.get("application/json")))
            .build();
    try (Response response = client.newCall(request).execute()) {
      return new String[] {String.valueOf(response.code()), response.body().string()};
    }
  }

  @Test
  void scriptedFaultsApplyInOrderToMatchingRequestsOnly() throws IOException {
    faults.script(RequestMatcher.pathStartsWith("/x"), Fault.tooManyRequests(), Fault.status(503));

    assertThat(call("/other")[0]).isEqualTo("200");
    assertThat(call("/x")).containsExactly("429", "{\"error\":429}");
    assertThat(faults.pending()).isEqualTo(1);
    assertThat(call("/x")[0]).isEqualTo("503");
    assertThat(call("/x")[0]).isEqualTo("200");
    assertThat(handled.get()).isEqualTo(2);
  }

  @Test
  void appliedThenStatusChangesStateButAnswersTheError() throws IOException {
    faults.script(Fault.appliedThenStatus(422));

    assertThat(call("/x")[0]).isEqualTo("422");
    assertThat(handled.get()).isEqualTo(1);
  }

  @Test
  void spoiledBodiesAreNotJsonButTheRequestWasHandled() throws IOException {
    faults.script(Fault.truncatedJson(), Fault.malformedJson(), Fault.expiredToken());

    String truncated = call("/x")[1];
    assertThat(truncated).isEqualTo("{\"cou");
    assertThatThrownBy(() -> JsonText.parse(call("/x")[1]))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(call("/x")).containsExactly("401", "{\"error\":\"expired\"}");
    assertThat(handled.get()).isEqualTo(2);
  }

  @Test
  void connectionResetDropsTheConnectionBeforeOrAfterProcessing() {
    faults.script(Fault.connectionReset(), Fault.connectionResetAfterProcessing());

    assertThatThrownBy(() -> call("/x")).isInstanceOf(IOException.class);
    assertThat(handled.get()).isZero();
    assertThatThrownBy(() -> call("/x")).isInstanceOf(IOException.class);
    assertThat(handled.get()).isEqualTo(1);
    assertThat(journal.entries().get(1).status()).isZero();
  }

  @Test
  void slowResponsesArriveLate() throws IOException {
    faults.script(Fault.slow(Duration.ofMillis(300)));
    long start = System.nanoTime();

    assertThat(call("/x")[0]).isEqualTo("200");
    assertThat(Duration.ofNanos(System.nanoTime() - start))
        .isGreaterThanOrEqualTo(Duration.ofMillis(300));
  }

  @Test
  void rateFaultsFollowTheProbability() throws IOException {
    faults.atRate(RequestMatcher.method("POST"), 1.0, Fault.status(500));
    assertThat(call("/x")[0]).isEqualTo("500");
    faults.clear();
    faults.atRate(0.0, Fault.status(500));
    assertThat(call("/x")[0]).isEqualTo("200");
  }

  @Test
  void aThrowingServiceAnswers500WithTheReason() throws IOException {
    String[] reply = call("/boom");

    assertThat(reply[0]).isEqualTo("500");
    assertThat(reply[1]).contains("broken 'fake'");
  }

  @Test
  void journalRecordsEachExchangeKeepsTheNewestAndCountsAll() throws IOException {
    faults.script(Fault.status(502));
    call("/a?q=1");
    call("/b");
    call("/c");
    call("/boom");

    assertThat(journal.total()).isEqualTo(4);
    assertThat(journal.count("count")).isEqualTo(3);
    assertThat(journal.counts()).containsEntry("boom", 1L);
    assertThat(journal.entries())
        .hasSize(3)
        .extracting(JournalEntry::path)
        .containsExactly("/b", "/c", "/boom");
    assertThat(journal.count(RequestMatcher.operation("count"))).isEqualTo(2);
    JournalEntry last = journal.last("count").orElseThrow();
    assertThat(last.requestBody()).isEqualTo("{\"a\":1}");
    assertThat(last.at()).isEqualTo(clock.instant());
    assertThat(last.faulted()).isFalse();
    assertThat(journal.last("nothing")).isEmpty();
    journal.clear();
    assertThat(journal.total()).isZero();
    assertThat(server.baseUrl()).startsWith("http://").doesNotEndWith("/");
    assertThat(server.port()).isPositive();
  }

  @Test
  void invalidSwitchesAreRejected() {
    assertThatThrownBy(() -> faults.atRate(1.5, Fault.status(500)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Fault.status(200)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Fault.appliedThenStatus(302))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Fault.slow(Duration.ofMillis(-1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> faults.script()).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> RequestMatcher.operation())
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new RequestJournal(0)).isInstanceOf(IllegalArgumentException.class);
  }
}
