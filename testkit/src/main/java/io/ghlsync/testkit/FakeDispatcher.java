package io.ghlsync.testkit;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import okio.ByteString;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serves one {@link FakeService} through MockWebServer: asks {@link Faults} for a fault, lets the
 * service handle the request (unless the fault stops it), spoils the response as the fault says and
 * records the exchange in the {@link RequestJournal}. A service that throws answers 500 with the
 * exception text, so a broken fake shows up in the test that hit it.
 */
public final class FakeDispatcher extends Dispatcher {
  private static final Logger LOG = LoggerFactory.getLogger(FakeDispatcher.class);
  private static final String MALFORMED_BODY = "{\"statusCode\": 200, \"data\": <html>oops</html>";

  private final FakeService service;
  private final Faults faults;
  private final RequestJournal journal;
  private final Clock clock;

  /**
   * Creates a dispatcher.
   *
   * @param service the fake API
   * @param faults the fault switches consulted for every request
   * @param journal where every exchange is recorded
   * @param clock the clock that stamps journal entries
   */
  public FakeDispatcher(FakeService service, Faults faults, RequestJournal journal, Clock clock) {
    this.service = service;
    this.faults = faults;
    this.journal = journal;
    this.clock = clock;
  }

  @Override
  public MockResponse dispatch(RecordedRequest request) {
    String method = request.getMethod();
    String path = request.getUrl().encodedPath();
    String operation = service.operationOf(request);
    Optional<Fault> fault = faults.next(method, path, operation);
    Outcome outcome = fault.map(f -> withFault(f, request)).orElseGet(() -> plain(request));
    String query = request.getUrl().encodedQuery();
    journal.record(
        new JournalEntry(
            clock.instant(),
            method,
            path,
            query == null ? "" : query,
            operation,
            outcome.status(),
            bodyText(request),
            fault.map(Object::toString).orElse("")));
    return outcome.response();
  }

  /**
   * Reads a request body as UTF-8 text.
   *
   * @param request the request
   * @return the body, empty when there is none
   */
  public static String bodyText(RecordedRequest request) {
    ByteString body = request.getBody();
    return body == null ? "" : body.string(StandardCharsets.UTF_8);
  }

  private Outcome plain(RecordedRequest request) {
    FakeResponse response = handleSafely(request);
    return new Outcome(toMock(response).build(), response.code());
  }

  private Outcome withFault(Fault fault, RecordedRequest request) {
    if (fault instanceof Fault.Status status) {
      FakeResponse response = service.errorResponse(status.code(), request);
      return new Outcome(toMock(response).build(), response.code());
    }
    if (fault instanceof Fault.ExpiredToken) {
      FakeResponse response = service.expiredTokenResponse(request);
      return new Outcome(toMock(response).build(), response.code());
    }
    if (fault instanceof Fault.ConnectionReset reset) {
      if (reset.afterProcessing()) {
        handleSafely(request);
      }
      MockResponse dropped =
          new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket()).build();
      return new Outcome(dropped, 0);
    }
    FakeResponse handled = handleSafely(request);
    if (fault instanceof Fault.Slow slow) {
      MockResponse delayed =
          toMock(handled).headersDelay(slow.delay().toNanos(), TimeUnit.NANOSECONDS).build();
      return new Outcome(delayed, handled.code());
    }
    if (fault instanceof Fault.TruncatedJson) {
      String cut = handled.body().substring(0, handled.body().length() / 2);
      return new Outcome(toMock(handled).body(cut).build(), handled.code());
    }
    if (fault instanceof Fault.MalformedJson) {
      return new Outcome(toMock(handled).body(MALFORMED_BODY).build(), handled.code());
    }
    Fault.AppliedThenStatus applied = (Fault.AppliedThenStatus) fault;
    FakeResponse response = service.errorResponse(applied.code(), request);
    return new Outcome(toMock(response).build(), response.code());
  }

  private FakeResponse handleSafely(RecordedRequest request) {
    try {
      return service.handle(request);
    } catch (RuntimeException e) {
      LOG.warn("fake service failed on {} {}", request.getMethod(), request.getUrl(), e);
      String message = String.valueOf(e).replace("\\", "\\\\").replace("\"", "'");
      return FakeResponse.json(
          500, "{\"statusCode\":500,\"message\":\"fake server failed: " + message + "\"}");
    }
  }

  private static MockResponse.Builder toMock(FakeResponse response) {
    return new MockResponse.Builder()
        .code(response.code())
        .headers(response.headers())
        .body(response.body());
  }

  private record Outcome(MockResponse response, int status) {}
}
