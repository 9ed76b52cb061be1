package io.ghlsync.ghl.oauth.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.api.client.json.GenericJson;
import com.google.api.client.json.JsonGenerator;
import com.google.api.client.json.JsonParser;
import com.google.api.client.json.JsonToken;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MoshiJsonFactoryTest {
  private final MoshiJsonFactory json = MoshiJsonFactory.instance();

  @Test
  void parsesATokenResponseShapedDocumentIntoGenericJson() throws Exception {
    String body =
        "{\"access_token\":\"a\",\"expires_in\":86399,\"ratio\":0.5,\"ok\":true,\"none\":null,"
            + "\"scope\":\"contacts.readonly contacts.write\",\"nested\":{\"x\":[1,2,{\"y\":\"z\"}]}}";

    GenericJson parsed =
        json.createJsonParser(
                new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)),
                StandardCharsets.UTF_8)
            .parse(GenericJson.class);

    assertThat(parsed.get("access_token")).isEqualTo("a");
    assertThat(parsed.get("expires_in")).isEqualTo(new BigDecimal("86399"));
    assertThat(parsed.get("ratio")).isEqualTo(new BigDecimal("0.5"));
    assertThat(parsed.get("ok")).isEqualTo(true);
    assertThat(parsed.get("scope")).isEqualTo("contacts.readonly contacts.write");
    @SuppressWarnings("unchecked")
    Map<String, Object> nested = (Map<String, Object>) parsed.get("nested");
    assertThat((List<?>) nested.get("x")).hasSize(3);
  }

  @Test
  void reportsTokensNamesAndNumbersAndSkipsWholeContainers() throws Exception {
    JsonParser p =
        json.createJsonParser(new StringReader("{\"a\":{\"b\":[1,2]},\"n\":12,\"f\":1e3}"));

    assertThat(p.nextToken()).isEqualTo(JsonToken.START_OBJECT);
    assertThat(p.nextToken()).isEqualTo(JsonToken.FIELD_NAME);
    assertThat(p.getCurrentName()).isEqualTo("a");
    assertThat(p.nextToken()).isEqualTo(JsonToken.START_OBJECT);
    p.skipChildren();
    assertThat(p.getCurrentToken()).isEqualTo(JsonToken.END_OBJECT);
    assertThat(p.nextToken()).isEqualTo(JsonToken.FIELD_NAME);
    assertThat(p.nextToken()).isEqualTo(JsonToken.VALUE_NUMBER_INT);
    assertThat(p.getCurrentName()).isEqualTo("n");
    assertThat(p.getIntValue()).isEqualTo(12);
    assertThat(p.getLongValue()).isEqualTo(12L);
    assertThat(p.getShortValue()).isEqualTo((short) 12);
    assertThat(p.getByteValue()).isEqualTo((byte) 12);
    assertThat(p.getBigIntegerValue()).isEqualTo(BigInteger.valueOf(12));
    assertThat(p.nextToken()).isEqualTo(JsonToken.FIELD_NAME);
    assertThat(p.nextToken()).isEqualTo(JsonToken.VALUE_NUMBER_FLOAT);
    assertThat(p.getDoubleValue()).isEqualTo(1000.0);
    assertThat(p.getFloatValue()).isEqualTo(1000.0f);
    assertThat(p.getDecimalValue()).isEqualByComparingTo("1000");
    assertThat(p.nextToken()).isEqualTo(JsonToken.END_OBJECT);
    assertThat(p.nextToken()).isNull();
    assertThat(p.getFactory()).isSameAs(json);
    p.close();
  }

  @Test
  void refusesANumberReadOfAString() throws Exception {
    JsonParser p = json.createJsonParser("[\"x\"]");
    p.nextToken();
    p.nextToken();
    assertThat(p.getText()).isEqualTo("x");
    assertThatThrownBy(p::getIntValue).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void writesWhatItParsesBack() throws Exception {
    StringWriter out = new StringWriter();
    JsonGenerator g = json.createJsonGenerator(out);
    g.writeStartObject();
    g.writeFieldName("s");
    g.writeString("v");
    g.writeFieldName("i");
    g.writeNumber(1);
    g.writeFieldName("l");
    g.writeNumber(2L);
    g.writeFieldName("d");
    g.writeNumber(1.5d);
    g.writeFieldName("f");
    g.writeNumber(2.5f);
    g.writeFieldName("bi");
    g.writeNumber(BigInteger.TEN);
    g.writeFieldName("bd");
    g.writeNumber(new BigDecimal("0.25"));
    g.writeFieldName("e");
    g.writeNumber("7");
    g.writeFieldName("t");
    g.writeBoolean(true);
    g.writeFieldName("n");
    g.writeNull();
    g.writeFieldName("a");
    g.writeStartArray();
    g.writeEndArray();
    g.writeEndObject();
    g.close();

    assertThat(out.toString())
        .isEqualTo(
            "{\"s\":\"v\",\"i\":1,\"l\":2,\"d\":1.5,\"f\":2.5,\"bi\":10,\"bd\":0.25,\"e\":7,"
                + "\"t\":true,\"n\":null,\"a\":[]}");

    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    JsonGenerator g2 = json.createJsonGenerator(bytes, StandardCharsets.UTF_8);
    g2.serialize(Map.of("k", "ü"));
    g2.flush();
    assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo("{\"k\":\"ü\"}");
    assertThat(json.toString(Map.of("k", 1))).isEqualTo("{\"k\":1}");
  }
}
