package io.ghlsync.optmyzr;

import static io.ghlsync.optmyzr.Clients.USER_DATA_TOKEN;
import static io.ghlsync.optmyzr.Clients.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.ghlsync.core.ApiException;
import io.ghlsync.core.AuthenticationException;
import io.ghlsync.core.Secret;
import io.ghlsync.core.UnexpectedResponseException;
import io.ghlsync.optmyzr.model.HistoryFilter;
import io.ghlsync.optmyzr.model.OptimizationHistory;
import io.ghlsync.optmyzr.model.OptimizationSuggestion;
import io.ghlsync.optmyzr.model.SuggestionFilter;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class UserDataServiceTest {
  private final MockWebServer server = new MockWebServer();
  private UserDataService userData;

  @BeforeEach
  void start() throws Exception {
    server.start();
    userData = Clients.userData(server).userData();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void getApiListSendsTheTokenAsTheDocumentedQueryParameter() throws Exception {
    server.enqueue(json(200, "[\"GetAPIList\",\"OptimizationSuggestions\"]"));

    assertThat(userData.apiList()).containsExactly("GetAPIList", "OptimizationSuggestions");

    RecordedRequest r = server.takeRequest();
    assertThat(r.getMethod()).isEqualTo("GET");
    assertThat(r.getUrl().encodedPath()).isEqualTo("/UserData/V1/GetAPIList");
    assertThat(r.getUrl().queryParameter("token")).isEqualTo(USER_DATA_TOKEN);
    assertThat(r.getHeaders().get("Accept")).isEqualTo("application/json");
    assertThat(r.getHeaders().get("Authorization")).isNull();
  }

  @Test
  void optimizationSuggestionsSendsTheOptionalFilters() throws Exception {
    server.enqueue(
        json(
            200,
            "{\"entries\":[{\"accountId\":\"1\",\"accountName\":\"Acme\",\"accountType\":\"AdWords\","
                + "\"changes\":12,\"toolName\":\"Bid Management\",\"link\":\"https://x\"},"
                + "{\"accountId\":\"2\"}]}"));
    server.enqueue(json(200, "{}"));

    List<OptimizationSuggestion> entries =
        userData.optimizationSuggestions(
            SuggestionFilter.builder()
                .accountId("1")
                .accountType("Bing Ads")
                .toolName("Bid Management")
                .emailId("kid@example.com")
                .build());
    List<OptimizationSuggestion> none = userData.optimizationSuggestions(SuggestionFilter.none());

    RecordedRequest r = server.takeRequest();
    assertThat(r.getUrl().encodedPath()).isEqualTo("/UserData/V1/OptimizationSuggestions");
    assertThat(r.getUrl().queryParameter("accountId")).isEqualTo("1");
    assertThat(r.getUrl().queryParameter("accountType")).isEqualTo("Bing Ads");
    assertThat(r.getUrl().queryParameter("toolName")).isEqualTo("Bid Management");
    assertThat(r.getUrl().queryParameter("emailId")).isEqualTo("kid@example.com");
    assertThat(r.getUrl().queryParameter("token")).isEqualTo(USER_DATA_TOKEN);
    assertThat(entries)
        .containsExactly(
            new OptimizationSuggestion("1", "Acme", "AdWords", 12, "Bid Management", "https://x"),
            new OptimizationSuggestion("2", "", "", 0, "", ""));
    assertThat(none).isEmpty();
    assertThat(server.takeRequest().getUrl().querySize()).isEqualTo(1);
  }

  @Test
  void optimizationHistoryUsesTheConfiguredPathAndKeepsTheRawBody() throws Exception {
    server.enqueue(json(200, "{\"entries\":[{\"accountId\":\"1\",\"change\":\"bid +10%\"}]}"));
    server.enqueue(json(200, "[{\"accountId\":\"2\"}, 3]"));
    UserDataService custom = Clients.userData(server).userData();
    UserDataService moved =
        OptmyzrClient.builder()
            .userDataBaseUrl(server.url("/base/").toString())
            .userDataToken(Secret.of(USER_DATA_TOKEN, "t"))
            .optimizationHistoryPath("/UserData/V2/History")
            .build()
            .userData();

    OptimizationHistory history =
        custom.optimizationHistory(
            HistoryFilter.builder().accountId("1").parameter("fromDate", "2025-01-01").build());
    OptimizationHistory array = moved.optimizationHistory(HistoryFilter.none());

    RecordedRequest r = server.takeRequest();
    assertThat(r.getUrl().encodedPath()).isEqualTo("/UserData/V1/OptimizationHistory");
    assertThat(r.getUrl().queryParameter("accountId")).isEqualTo("1");
    assertThat(r.getUrl().queryParameter("fromDate")).isEqualTo("2025-01-01");
    assertThat(r.getUrl().queryParameter("token")).isEqualTo(USER_DATA_TOKEN);
    assertThat(history.entries()).containsExactly(Map.of("accountId", "1", "change", "bid +10%"));
    assertThat(history.rawJson()).contains("bid +10%");
    assertThat(server.takeRequest().getUrl().encodedPath()).isEqualTo("/base/UserData/V2/History");
    assertThat(array.entries()).containsExactly(Map.of("accountId", "2"));
  }

  @Test
  void anUnreadableHistoryBodyIsAnApiError() {
    server.enqueue(json(200, "<xml/>"));
    server.enqueue(json(200, ""));

    assertThatThrownBy(() -> userData.optimizationHistory(HistoryFilter.none()))
        .isExactlyInstanceOf(ApiException.class)
        .hasMessageContaining("not JSON");
    assertThat(userData.optimizationHistory(HistoryFilter.none()).entries()).isEmpty();
  }

  @Test
  void theTokenNeverAppearsInLogsOrExceptions() throws Exception {
    server.enqueue(json(401, "{\"Message\":\"Authorization has been denied for this request.\"}"));
    server.enqueue(json(500, "{\"Message\":\"An error has occurred.\"}"));
    server.enqueue(json(200, "{\"entries\": <oops>"));
    for (int i = 0; i < 3; i++) {
      server.enqueue(
          new MockResponse.Builder().onRequestStart(new SocketEffect.CloseSocket()).build());
    }
    PrintStream original = System.out;
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    List<Throwable> failures;
    try {
      System.setOut(new PrintStream(log, true, StandardCharsets.UTF_8));
      failures =
          List.of(
              catchThrowable(userData::apiList),
              catchThrowable(userData::apiList),
              catchThrowable(() -> userData.optimizationSuggestions(SuggestionFilter.none())),
              catchThrowable(userData::apiList));
    } finally {
      System.setOut(original);
    }

    assertThat(failures.get(0)).isInstanceOf(AuthenticationException.class);
    // The closed sockets end in an empty 200 from MockWebServer: an unreadable answer, not I/O.
    assertThat(failures.get(3)).isInstanceOf(UnexpectedResponseException.class);
    for (Throwable failure : failures) {
      StringWriter trace = new StringWriter();
      failure.printStackTrace(new PrintWriter(trace));
      assertThat(trace.toString()).isNotEmpty().doesNotContain(USER_DATA_TOKEN);
    }
    assertThat(log.toString(StandardCharsets.UTF_8))
        .contains("/UserData/V1/GetAPIList?token=")
        .doesNotContain(USER_DATA_TOKEN);
    assertThat(server.takeRequest().getUrl().queryParameter("token")).isEqualTo(USER_DATA_TOKEN);
  }
}
