package io.ghlsync.onoffice.internal;

import com.squareup.moshi.JsonWriter;
import io.ghlsync.onoffice.OnOfficeAction;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import okio.Buffer;
import okio.ByteString;
import org.jspecify.annotations.Nullable;

/**
 * Writes the request envelope {@code {"token":..,"request":{"actions":[..]}}} with every action
 * signed for one timestamp. Key order follows the official PHP SDK; parameters are sorted.
 */
public final class EnvelopeWriter {
  private EnvelopeWriter() {}

  /**
   * Writes a signed envelope.
   *
   * @param actions the actions in order
   * @param token the API token
   * @param secret the API secret
   * @param timestamp unix seconds used for every action
   * @return the UTF-8 JSON body
   */
  public static ByteString write(
      List<OnOfficeAction> actions, String token, String secret, long timestamp) {
    Buffer buffer = new Buffer();
    // The HMAC covers timestamp, token, resource type and action only: one per kind of action.
    Map<String, String> hmacs = new HashMap<>();
    try (JsonWriter w = JsonWriter.of(buffer)) {
      w.setSerializeNulls(false);
      w.beginObject();
      w.name("token").value(token);
      w.name("request").beginObject();
      w.name("actions").beginArray();
      for (OnOfficeAction action : actions) {
        w.beginObject();
        w.name("actionid").value(action.type().urn());
        w.name("identifier").value(action.identifier());
        w.name("parameters");
        writeValue(w, action.parameters());
        w.name("resourceid").value(action.resourceId());
        w.name("resourcetype").value(action.resourceType());
        w.name("timestamp").value(timestamp);
        w.name("hmac_version").value(HmacSigner.VERSION);
        w.name("hmac")
            .value(
                hmacs.computeIfAbsent(
                    action.resourceType() + '\n' + action.type().urn(),
                    k ->
                        HmacSigner.sign(
                            secret, timestamp, token, action.resourceType(), action.type().urn())));
        w.endObject();
      }
      w.endArray();
      w.endObject();
      w.endObject();
    } catch (IOException e) {
      throw new UncheckedIOException("writing to an in-memory buffer failed", e);
    }
    return buffer.readByteString();
  }

  private static void writeValue(JsonWriter w, @Nullable Object value) throws IOException {
    if (value instanceof Map<?, ?> map) {
      w.beginObject();
      for (Map.Entry<?, ?> e : map.entrySet()) {
        w.name(String.valueOf(e.getKey()));
        writeValue(w, e.getValue());
      }
      w.endObject();
    } else if (value instanceof List<?> list) {
      w.beginArray();
      for (Object item : list) {
        writeValue(w, item);
      }
      w.endArray();
    } else if (value instanceof Boolean b) {
      w.value(b.booleanValue());
    } else if (value instanceof Number n) {
      w.value(n);
    } else if (value instanceof String s) {
      w.value(s);
    } else {
      w.nullValue();
    }
  }
}
