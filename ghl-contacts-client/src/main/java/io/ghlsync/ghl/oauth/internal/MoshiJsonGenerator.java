package io.ghlsync.ghl.oauth.internal;

import com.google.api.client.json.JsonFactory;
import com.google.api.client.json.JsonGenerator;
import com.squareup.moshi.JsonWriter;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import okio.BufferedSink;

/** google-http-client's JSON writer on Moshi's {@link JsonWriter}. */
final class MoshiJsonGenerator extends JsonGenerator {
  /** What {@link #flush()} does after the JSON writer flushed into its sink. */
  interface Drain {
    void run() throws IOException;
  }

  private final JsonFactory factory;
  private final JsonWriter writer;
  private final Drain drain;

  MoshiJsonGenerator(JsonFactory factory, BufferedSink sink, Drain drain) {
    this.factory = factory;
    this.writer = JsonWriter.of(sink);
    // google-http-client decides which nulls to write; Moshi would otherwise drop them.
    writer.setSerializeNulls(true);
    this.drain = drain;
  }

  @Override
  public JsonFactory getFactory() {
    return factory;
  }

  @Override
  public void flush() throws IOException {
    writer.flush();
    drain.run();
  }

  @Override
  public void close() throws IOException {
    flush();
    writer.close();
  }

  @Override
  public void writeStartArray() throws IOException {
    writer.beginArray();
  }

  @Override
  public void writeEndArray() throws IOException {
    writer.endArray();
  }

  @Override
  public void writeStartObject() throws IOException {
    writer.beginObject();
  }

  @Override
  public void writeEndObject() throws IOException {
    writer.endObject();
  }

  @Override
  public void writeFieldName(String name) throws IOException {
    writer.name(name);
  }

  @Override
  public void writeNull() throws IOException {
    writer.nullValue();
  }

  @Override
  public void writeString(String value) throws IOException {
    writer.value(value);
  }

  @Override
  public void writeBoolean(boolean state) throws IOException {
    writer.value(state);
  }

  @Override
  public void writeNumber(int v) throws IOException {
    writer.value(v);
  }

  @Override
  public void writeNumber(long v) throws IOException {
    writer.value(v);
  }

  @Override
  public void writeNumber(BigInteger v) throws IOException {
    writer.value(v);
  }

  @Override
  public void writeNumber(float v) throws IOException {
    writer.value(v);
  }

  @Override
  public void writeNumber(double v) throws IOException {
    writer.value(v);
  }

  @Override
  public void writeNumber(BigDecimal v) throws IOException {
    writer.value(v);
  }

  @Override
  public void writeNumber(String encodedValue) throws IOException {
    writer.value(new BigDecimal(encodedValue));
  }
}
