package io.ghlsync.onoffice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.ghlsync.core.ApiException;
import io.ghlsync.core.AuthenticationException;
import io.ghlsync.core.NetworkException;
import io.ghlsync.core.NotFoundException;
import io.ghlsync.core.PermissionException;
import io.ghlsync.core.ServerException;
import io.ghlsync.core.UnexpectedResponseException;
import io.ghlsync.core.ValidationException;
import io.ghlsync.onoffice.internal.Fixtures;
import java.util.List;
import mockwebserver3.MockResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ErrorMappingTest {
  private final MockOnOffice mock = new MockOnOffice();

  @AfterEach
  void close() {
    mock.close();
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "137, io.ghlsync.core.AuthenticationException",
    "49, io.ghlsync.core.AuthenticationException",
    "22, io.ghlsync.core.AuthenticationException",
    "243, io.ghlsync.core.AuthenticationException",
    "174, io.ghlsync.core.PermissionException",
    "131, io.ghlsync.core.PermissionException",
    "261, io.ghlsync.core.PermissionException",
    "80, io.ghlsync.core.NotFoundException",
    "292, io.ghlsync.core.NotFoundException",
    "87, io.ghlsync.core.ValidationException",
    "142, io.ghlsync.core.ValidationException",
    "302, io.ghlsync.core.ValidationException",
    "1, io.ghlsync.core.ServerException"
  })
  void mapsActionErrorCodesOntoCoreExceptions(int code, Class<? extends ApiException> type) {
    mock.enqueue(
        MockOnOffice.envelope(200, 0, "OK", MockOnOffice.failedResult(code, "onOffice says no")));

    ApiException e =
        catchThrowableOfType(ApiException.class, () -> mock.client.addresses().archive(5));

    assertThat(e).isInstanceOf(type);
    assertThat(e.serviceError().orElseThrow().code()).isEqualTo(code);
    assertThat(e.serviceError().orElseThrow().message()).isEqualTo("onOffice says no");
    assertThat(e.serviceError().orElseThrow().actionIndex()).isZero();
    assertThat(e.getMessage())
        .contains("onOffice action modify address 5 failed: error " + code + " ");
  }

  @Test
  void unknownCodesKeepCodeAndMessage() {
    mock.enqueue(
        MockOnOffice.envelope(200, 0, "OK", MockOnOffice.failedResult(4711, "Something new")));

    ApiException e =
        catchThrowableOfType(ApiException.class, () -> mock.client.addresses().archive(5));

    assertThat(e).isExactlyInstanceOf(ApiException.class);
    assertThat(e.serviceError().orElseThrow().code()).isEqualTo(4711);
    assertThat(e.messages()).containsExactly("error 4711 Something new (action 0 of the request)");
    assertThat(e.getMessage())
        .startsWith("onOffice action modify address 5 failed: error 4711 Something new");
    assertThat(e.isRetryable()).isFalse();
  }

  @Test
  void topLevelNotAuthenticatedWithoutResultsFailsTheRequest() {
    mock.enqueue(
        "{\"status\":{\"code\":400,\"errorcode\":22,\"message\":\"Not authenticated\"},\"response\":[]}");

    AuthenticationException e =
        catchThrowableOfType(AuthenticationException.class, () -> mock.client.tasks().get(1));

    assertThat(e.serviceError().orElseThrow().code()).isEqualTo(22);
    assertThat(e.serviceError().orElseThrow().actionIndex()).isEqualTo(-1);
  }

  @Test
  void topLevelFailureOverridesAnActionThatLooksFine() {
    mock.enqueue(
        MockOnOffice.envelope(
            500, 132, "No or unknown relation given", MockOnOffice.result("relation", "", "null")));

    ApiException e =
        catchThrowableOfType(
            ApiException.class, () -> mock.client.execute(AddressActions.archive(3)));

    assertThat(e).isInstanceOf(ValidationException.class);
    assertThat(e.serviceError().orElseThrow().code()).isEqualTo(132);
  }

  @Test
  void topLevelCode500WithoutErrorcodeIsAServerError() {
    mock.enqueue(
        MockOnOffice.envelope(500, 0, "server error", MockOnOffice.result("address", "", "0")));

    assertThat(
            catchThrowableOfType(
                ServerException.class, () -> mock.client.addresses().findByEmail("a@b.de")))
        .isNotNull();
  }

  @Test
  void hmacErrorHintsAtSwappedCredentialsWithoutRevealingThem() throws java.io.IOException {
    String token = "T".repeat(64);
    String secret = "S".repeat(32);
    try (var server = new mockwebserver3.MockWebServer()) {
      server.start(java.net.InetAddress.getLoopbackAddress(), 0);
      server.enqueue(new MockResponse.Builder().body(Fixtures.text("hmac-invalid.json")).build());
      OnOfficeClient client =
          OnOfficeClient.builder()
              .baseUrl(server.url("/api.php").toString())
              .token(token)
              .secret(secret)
              .build();

      ApiException e =
          catchThrowableOfType(ApiException.class, () -> client.addresses().findByEmail("a@b.de"));

      assertThat(e).isInstanceOf(AuthenticationException.class);
      assertThat(e.messages()).anyMatch(m -> m.contains("swapped"));
      assertThat(e.getMessage()).doesNotContain(token).doesNotContain(secret);
      assertThat(client.toString()).doesNotContain(token).doesNotContain(secret);
    }
  }

  @Test
  void mismatchedResultCountFailsEveryActionInsteadOfMisaligningResults() {
    mock.enqueue(MockOnOffice.envelope(200, 0, "OK", MockOnOffice.result("address", "", "0")));

    OnOfficeBatch batch = mock.client.batch();
    batch.add(AddressActions.archive(1));
    batch.add(AddressActions.archive(2));
    BatchResult result = batch.execute();

    assertThat(result.errors()).hasSize(2);
    assertThat(result.errors().get(0).getMessage()).contains("1 results for 2 actions");
  }

  @Test
  void malformedJsonIsAnUnexpectedResponseNotANetworkError() {
    mock.enqueue(
        "{\"status\": {\"code\": 200, \"errorcode\": 0, \"message\": \"OK\"}, \"response\": {\"resu");
    mock.enqueue("");

    UnexpectedResponseException e =
        catchThrowableOfType(UnexpectedResponseException.class, () -> mock.client.tasks().get(1));
    assertThat(e).isNotInstanceOf(NetworkException.class).hasMessageContaining("HTTP 200");
    assertThat(e.isRetryable()).isFalse();
    assertThat(e.statusCode()).isEqualTo(200);
    assertThat(e.operation()).isEqualTo("onOffice read task 1");
    assertThat(e.rawBody()).get().asString().contains("unreadable JSON");
    assertThat(
            catchThrowableOfType(
                UnexpectedResponseException.class, () -> mock.client.tasks().get(1)))
        .hasMessageContaining("empty body");
  }

  @Test
  void httpErrorsUseTheCoreStatusMapping() {
    mock.enqueue(new MockResponse.Builder().code(401).body("<html>nope</html>").build());
    mock.enqueue(new MockResponse.Builder().code(404).body("<html>nope</html>").build());

    assertThat(
            catchThrowableOfType(AuthenticationException.class, () -> mock.client.tasks().get(1)))
        .isNotNull();
    assertThat(catchThrowableOfType(NotFoundException.class, () -> mock.client.tasks().get(1)))
        .isNotNull();
  }

  @Test
  void permissionErrorNamesTheActionInABatch() {
    mock.enqueue(
        MockOnOffice.envelope(
            500,
            97,
            "Error in action",
            MockOnOffice.result("address", "", "null"),
            MockOnOffice.failedResult(174, "Missing permission to perform modify call")));

    OnOfficeBatch batch = mock.client.batch();
    BatchEntry<?> first = batch.add(AddressActions.archive(1));
    BatchEntry<?> second = batch.add(AddressActions.archive(2));
    batch.execute();

    assertThat(first.outcome()).get().matches(ActionOutcome::succeeded);
    PermissionException e = catchThrowableOfType(PermissionException.class, second::get);
    assertThat(e.serviceError().orElseThrow().actionIndex()).isEqualTo(1);
    assertThat(e.getMessage())
        .contains("onOffice action modify address 2 failed: error 174 ")
        .contains("(action 1 of the request)");
    assertThat(List.of(e.getMessage())).noneMatch(m -> m.contains(MockOnOffice.SECRET));
  }

  @Test
  void perActionStatusesWinOverATopLevelErrorInAMultiActionResponse() {
    // Seen in the wild: the top level repeats one action's error (not 97, "error in action").
    mock.enqueue(
        MockOnOffice.envelope(
            500,
            142,
            "Invalid parameter",
            MockOnOffice.result(
                "address", "{\"id\":3144,\"type\":\"address\",\"elements\":[]}", "null"),
            MockOnOffice.failedResult(142, "Invalid parameter"),
            MockOnOffice.result("address", "", "null")));

    OnOfficeBatch batch = mock.client.batch();
    BatchEntry<Long> created =
        batch.add(
            AddressActions.create(
                io.ghlsync.onoffice.model.NewAddress.builder().field("Name", "A").build()));
    BatchEntry<?> failed = batch.add(AddressActions.archive(2));
    BatchEntry<?> archived = batch.add(AddressActions.archive(3));
    BatchResult result = batch.execute();

    assertThat(created.get()).isEqualTo(3144L);
    assertThat(archived.outcome()).get().matches(ActionOutcome::succeeded);
    ValidationException e = catchThrowableOfType(ValidationException.class, failed::get);
    assertThat(e.serviceError().orElseThrow().actionIndex()).isEqualTo(1);
    assertThat(result.errors()).hasSize(1);
  }

  @Test
  void anAppliedCreateIsNeverReportedAsFailed() {
    // A single create whose own status is fine while the top level reports an error: the record
    // exists (its id came back), so the create succeeded.
    mock.enqueue(
        MockOnOffice.envelope(
            500,
            142,
            "Invalid parameter",
            MockOnOffice.result(
                "address", "{\"id\":3145,\"type\":\"address\",\"elements\":[]}", "null")));

    long id =
        mock.client.execute(
            AddressActions.create(
                io.ghlsync.onoffice.model.NewAddress.builder().field("Name", "A").build()));

    assertThat(id).isEqualTo(3145L);
  }
}
