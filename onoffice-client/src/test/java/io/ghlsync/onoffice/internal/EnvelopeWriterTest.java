package io.ghlsync.onoffice.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.ghlsync.onoffice.ActionType;
import io.ghlsync.onoffice.OnOfficeAction;
import java.util.List;
import org.junit.jupiter.api.Test;

class EnvelopeWriterTest {

  @Test
  void writesTheSdkIntegrationRequestWithItsSignature() {
    OnOfficeAction action =
        OnOfficeAction.builder(ActionType.READ, "calendar")
            .parameter("showcancelled", true)
            .parameter("datestart", "25-03-2022 02:17:53")
            .parameter("dateend", "25-03-2022 02:17:53")
            .parameter("allusers", false)
            .build();

    String body =
        EnvelopeWriter.write(List.of(action), "testtoken", "testsecret", 1646228220).utf8();

    assertThat(body)
        .isEqualTo(
            "{\"token\":\"testtoken\",\"request\":{\"actions\":[{\"actionid\":"
                + "\"urn:onoffice-de-ns:smart:2.5:smartml:action:read\",\"identifier\":\"\","
                + "\"parameters\":{\"allusers\":false,\"dateend\":\"25-03-2022 02:17:53\","
                + "\"datestart\":\"25-03-2022 02:17:53\",\"showcancelled\":true},"
                + "\"resourceid\":\"\",\"resourcetype\":\"calendar\",\"timestamp\":1646228220,"
                + "\"hmac_version\":2,\"hmac\":\"w6ifKMmAdJoKhu0vl2twvfP+ltyOTQ7LqLpvsZkOnlg=\"}]}}");
  }

  @Test
  void signsEveryActionOfABatchWithItsOwnResourceType() {
    OnOfficeAction read = OnOfficeAction.builder(ActionType.READ, "address").build();
    OnOfficeAction create = OnOfficeAction.builder(ActionType.CREATE, "task").build();

    String body = EnvelopeWriter.write(List.of(read, create), "t", "s", 1700000000).utf8();

    assertThat(body)
        .contains(HmacSigner.sign("s", 1700000000, "t", "address", ActionType.READ.urn()))
        .contains(HmacSigner.sign("s", 1700000000, "t", "task", ActionType.CREATE.urn()))
        .contains("\"parameters\":{}")
        .doesNotContain("\"s\"");
  }

  @Test
  void writesNestedListsMapsAndNumbers() {
    OnOfficeAction action =
        OnOfficeAction.builder(ActionType.READ, "address")
            .parameter(
                "filter",
                java.util.Map.of(
                    "Status",
                    List.of(new java.util.TreeMap<>(java.util.Map.of("op", "=", "val", 1)))))
            .parameter("listlimit", 500)
            .parameter("cost", 179.99)
            .build();

    String body = EnvelopeWriter.write(List.of(action), "t", "s", 1).utf8();

    assertThat(body)
        .contains(
            "\"parameters\":{\"cost\":179.99,\"filter\":{\"Status\":[{\"op\":\"=\",\"val\":1}]},"
                + "\"listlimit\":500}");
  }
}
