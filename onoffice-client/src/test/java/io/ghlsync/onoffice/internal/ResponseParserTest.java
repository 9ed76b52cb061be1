package io.ghlsync.onoffice.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ghlsync.onoffice.model.ActionResult;
import io.ghlsync.onoffice.model.ResultRecord;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResponseParserTest {

  @Test
  void parsesTheReferenceReadExample() throws IOException {
    ParsedResponse parsed = ResponseParser.parse(Fixtures.text("read-address.json"));

    assertThat(parsed.topLevelOk()).isTrue();
    ActionResult result = parsed.results().get(0).result();
    assertThat(result.total()).hasValue(2);
    assertThat(result.cacheable()).isTrue();
    ResultRecord record = result.records().get(0);
    assertThat(record.numericId()).hasValue(10505);
    assertThat(record.elements().string("Vorname")).hasValue("Max");
    assertThat(record.elements().longValue("id")).hasValue(10505);
  }

  @Test
  void acceptsElementsAndDataThatArriveAsEmptyArrays() throws IOException {
    ParsedResponse parsed = ResponseParser.parse(Fixtures.text("create-address.json"));

    ResultRecord record = parsed.results().get(0).result().records().get(0);
    assertThat(record.numericId()).hasValue(3144);
    assertThat(record.elements().asMap()).isEmpty();
    assertThat(parsed.results().get(0).result().total()).isEmpty();

    ParsedResponse failed = ResponseParser.parse(Fixtures.text("hmac-invalid.json"));
    assertThat(failed.results().get(0).errorCode()).isEqualTo(137);
    assertThat(failed.results().get(0).result().records()).isEmpty();
  }

  @Test
  void convertsValuesThatArriveAsStrings() throws IOException {
    ParsedResponse parsed = ResponseParser.parse(Fixtures.text("read-agentslog.json"));

    ResultRecord record = parsed.results().get(0).result().records().get(0);
    assertThat(record.elements().decimal("Kosten")).hasValue(new BigDecimal("179.99"));
    assertThat(record.elements().strings("Objekt_nr")).containsExactly("2529");
    assertThat(record.elements().has("merkmal")).isFalse();
    assertThat(record.elements().dateTime("Datum"))
        .hasValue(java.time.LocalDateTime.of(2021, 2, 23, 12, 28, 30));
  }

  @Test
  void rejectsBodiesThatAreNotTheEnvelope() {
    assertThatThrownBy(() -> ResponseParser.parse("{\"status\": {\"code\": 200,"))
        .isInstanceOf(IOException.class);
    assertThatThrownBy(() -> ResponseParser.parse("<html>502</html>"))
        .isInstanceOf(IOException.class);
    assertThatThrownBy(() -> ResponseParser.parse("{\"response\":{}}"))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("top-level status");
    assertThatThrownBy(() -> ResponseParser.parse("{\"status\":{}} {}"))
        .isInstanceOf(IOException.class);
  }

  @Test
  void treatsAResponseArrayAsNoResults() throws IOException {
    ParsedResponse parsed =
        ResponseParser.parse(
            "{\"status\":{\"code\":400,\"errorcode\":22,\"message\":\"Not authenticated\"},"
                + "\"response\":[]}");

    assertThat(parsed.results()).isEqualTo(List.of());
    assertThat(parsed.errorCode()).isEqualTo(22);
    assertThat(parsed.code()).isEqualTo(400);
  }
}
