package io.ghlsync.ghl.oauth.internal;

import com.google.api.client.json.JsonFactory;
import com.google.api.client.json.JsonParser;
import com.google.api.client.json.JsonToken;
import com.squareup.moshi.JsonReader;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import okio.BufferedSource;
import org.jspecify.annotations.Nullable;

/**
 * A token stream over Moshi's {@link JsonReader}. An array or object is entered only when the next
 * token is asked for, so that {@link #skipChildren()} can skip it whole.
 */
final class MoshiJsonParser extends JsonParser {
  private final JsonFactory factory;
  private final JsonReader reader;

  /** Field name per open container ({@code null} inside arrays and before the first name). */
  private final List<@Nullable String> names = new ArrayList<>();

  private @Nullable JsonToken current;
  private @Nullable String text;

  MoshiJsonParser(JsonFactory factory, BufferedSource source) {
    this.factory = factory;
    this.reader = JsonReader.of(source);
    reader.setLenient(true);
  }

  @Override
  public JsonFactory getFactory() {
    return factory;
  }

  @Override
  public void close() throws IOException {
    reader.close();
  }

  @Override
  public @Nullable String getCurrentName() {
    return names.isEmpty() ? null : names.get(names.size() - 1);
  }

  @Override
  public @Nullable JsonToken getCurrentToken() {
    return current;
  }

  @Override
  public @Nullable JsonToken nextToken() throws IOException {
    if (current == JsonToken.START_ARRAY) {
      reader.beginArray();
      names.add(null);
    } else if (current == JsonToken.START_OBJECT) {
      reader.beginObject();
      names.add(null);
    }
    JsonReader.Token peek = reader.peek();
    switch (peek) {
      case BEGIN_ARRAY:
        return token(JsonToken.START_ARRAY, "[");
      case END_ARRAY:
        reader.endArray();
        names.remove(names.size() - 1);
        return token(JsonToken.END_ARRAY, "]");
      case BEGIN_OBJECT:
        return token(JsonToken.START_OBJECT, "{");
      case END_OBJECT:
        reader.endObject();
        names.remove(names.size() - 1);
        return token(JsonToken.END_OBJECT, "}");
      case NAME:
        String name = reader.nextName();
        names.set(names.size() - 1, name);
        return token(JsonToken.FIELD_NAME, name);
      case STRING:
        return token(JsonToken.VALUE_STRING, reader.nextString());
      case NUMBER:
        String number = reader.nextString();
        boolean integral = number.indexOf('.') < 0 && number.indexOf('e') < 0;
        integral = integral && number.indexOf('E') < 0;
        return token(integral ? JsonToken.VALUE_NUMBER_INT : JsonToken.VALUE_NUMBER_FLOAT, number);
      case BOOLEAN:
        boolean value = reader.nextBoolean();
        return token(
            value ? JsonToken.VALUE_TRUE : JsonToken.VALUE_FALSE, value ? "true" : "false");
      case NULL:
        reader.nextNull();
        return token(JsonToken.VALUE_NULL, "null");
      default: // END_DOCUMENT
        text = null;
        current = null;
        return null;
    }
  }

  private JsonToken token(JsonToken token, String value) {
    current = token;
    text = value;
    return token;
  }

  @Override
  public JsonParser skipChildren() throws IOException {
    if (current == JsonToken.START_ARRAY) {
      reader.skipValue();
      token(JsonToken.END_ARRAY, "]");
    } else if (current == JsonToken.START_OBJECT) {
      reader.skipValue();
      token(JsonToken.END_OBJECT, "}");
    }
    return this;
  }

  @Override
  public @Nullable String getText() {
    return text;
  }

  private String number() {
    if (current != JsonToken.VALUE_NUMBER_INT && current != JsonToken.VALUE_NUMBER_FLOAT) {
      throw new IllegalStateException("current token is not a number: " + current);
    }
    return String.valueOf(text);
  }

  @Override
  public byte getByteValue() {
    return Byte.parseByte(number());
  }

  @Override
  public short getShortValue() {
    return Short.parseShort(number());
  }

  @Override
  public int getIntValue() {
    return Integer.parseInt(number());
  }

  @Override
  public float getFloatValue() {
    return Float.parseFloat(number());
  }

  @Override
  public long getLongValue() {
    return Long.parseLong(number());
  }

  @Override
  public double getDoubleValue() {
    return Double.parseDouble(number());
  }

  @Override
  public BigInteger getBigIntegerValue() {
    return new BigInteger(number());
  }

  @Override
  public BigDecimal getDecimalValue() {
    return new BigDecimal(number());
  }
}
