package io.ghlsync.ghl.oauth.internal;

import com.google.api.client.json.JsonFactory;
import com.google.api.client.json.JsonGenerator;
import com.google.api.client.json.JsonParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import okio.Buffer;
import okio.BufferedSink;
import okio.Okio;

/**
 * google-http-client's JSON abstraction on Moshi's streaming reader and writer, so that the OAuth
 * token calls parse their JSON with the library every other call uses and Gson is not on the class
 * path.
 */
public final class MoshiJsonFactory extends JsonFactory {
  private static final MoshiJsonFactory INSTANCE = new MoshiJsonFactory();

  private MoshiJsonFactory() {}

  /**
   * Returns the shared, stateless instance.
   *
   * @return the factory
   */
  public static MoshiJsonFactory instance() {
    return INSTANCE;
  }

  @Override
  public JsonParser createJsonParser(InputStream in) {
    return new MoshiJsonParser(this, Okio.buffer(Okio.source(in)));
  }

  @Override
  public JsonParser createJsonParser(InputStream in, Charset charset) throws IOException {
    if (StandardCharsets.UTF_8.equals(charset)) {
      return createJsonParser(in);
    }
    return createJsonParser(new String(in.readAllBytes(), charset));
  }

  @Override
  public JsonParser createJsonParser(String value) {
    return new MoshiJsonParser(this, new Buffer().writeUtf8(value));
  }

  @Override
  public JsonParser createJsonParser(Reader reader) throws IOException {
    StringWriter text = new StringWriter();
    reader.transferTo(text);
    reader.close();
    return createJsonParser(text.toString());
  }

  @Override
  public JsonGenerator createJsonGenerator(OutputStream out, Charset enc) throws IOException {
    if (StandardCharsets.UTF_8.equals(enc)) {
      BufferedSink sink = Okio.buffer(Okio.sink(out));
      return new MoshiJsonGenerator(this, sink, sink::flush);
    }
    return createJsonGenerator(new java.io.OutputStreamWriter(out, enc));
  }

  @Override
  public JsonGenerator createJsonGenerator(Writer writer) {
    Buffer buffer = new Buffer();
    return new MoshiJsonGenerator(
        this,
        buffer,
        () -> {
          writer.write(buffer.readUtf8());
          writer.flush();
        });
  }
}
