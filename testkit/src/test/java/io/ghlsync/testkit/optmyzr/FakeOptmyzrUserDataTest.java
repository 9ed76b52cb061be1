package io.ghlsync.testkit.optmyzr;

import static org.assertj.core.api.Assertions.assertThat;

import io.ghlsync.testkit.Fault;
import io.ghlsync.testkit.JsonText;
import java.util.List;
import java.util.Map;
import okhttp3.Headers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class FakeOptmyzrUserDataTest {
  private final FakeOptmyzr fake =
      FakeOptmyzr.builder().userDataToken("ud-token").optimizationHistoryPath("X/History").start();
  private final RawHttp http = new RawHttp(fake.baseUrl(), Headers.of());

  @AfterEach
  void stop() {
    fake.close();
  }

  @Test
  void listsTheApiWithAValidToken() {
    RawHttp.Reply reply = http.get("/UserData/V1/GetAPIList?token=ud-token");

    assertThat(reply.code()).isEqualTo(200);
    assertThat(JsonText.parse(reply.body()))
        .isEqualTo(List.of("GetAPIList", "OptimizationSuggestions", "OptimizationHistory"));
  }

  @Test
  void refusesMissingOrWrongTokens() {
    assertThat(http.get("/UserData/V1/GetAPIList").code()).isEqualTo(401);
    RawHttp.Reply wrong = http.get("/UserData/V1/GetAPIList?token=other");
    assertThat(wrong.code()).isEqualTo(401);
    assertThat(wrong.json()).containsKey("Message");
    fake.rotateUserDataToken("rotated");
    assertThat(http.get("/UserData/V1/GetAPIList?token=rotated").code()).isEqualTo(200);
    assertThat(fake.userDataToken()).isEqualTo("rotated");
  }

  @Test
  void filtersSuggestions() {
    fake.addSuggestion("42", "Shop", "Bing Ads", 3, "Ad Text", "kid@acme.test");

    assertThat(entries("/UserData/V1/OptimizationSuggestions?token=ud-token")).hasSize(4);
    assertThat(
            entries("/UserData/V1/OptimizationSuggestions?token=ud-token&accountType=bing%20ads"))
        .extracting(e -> e.get("accountId"))
        .containsExactly("998877", "42");
    assertThat(entries("/UserData/V1/OptimizationSuggestions?token=ud-token&emailId=kid@acme.test"))
        .singleElement()
        .satisfies(
            e ->
                assertThat(e).containsEntry("toolName", "Ad Text").doesNotContainKey("_userEmail"));
    assertThat(
            entries(
                "/UserData/V1/OptimizationSuggestions?token=ud-token&accountId=1234567890&toolName=bid%20management"))
        .singleElement()
        .satisfies(e -> assertThat(((Number) e.get("changes")).intValue()).isEqualTo(12));
  }

  @Test
  void servesHistoryAtTheConfiguredPath() {
    assertThat(entries("/X/History?token=ud-token")).hasSize(2);
    assertThat(entries("/X/History?token=ud-token&accountId=998877")).hasSize(1);
    assertThat(http.get("/UserData/V1/OptimizationHistory?token=ud-token").code()).isEqualTo(404);
    assertThat(fake.journal().count("optimization-history")).isEqualTo(2);
  }

  @Test
  void faultsUseTheUserDataErrorShape() {
    fake.faults().script(Fault.status(500), Fault.expiredToken());

    RawHttp.Reply failed = http.get("/UserData/V1/GetAPIList?token=ud-token");
    RawHttp.Reply expired = http.get("/UserData/V1/GetAPIList?token=ud-token");

    assertThat(failed.code()).isEqualTo(500);
    assertThat(failed.json()).containsEntry("Message", "An error has occurred.");
    assertThat(expired.code()).isEqualTo(401);
  }

  @SuppressWarnings("unchecked")
  private List<Map<String, Object>> entries(String pathAndQuery) {
    return (List<Map<String, Object>>) http.get(pathAndQuery).json().get("entries");
  }
}
