package io.ghlsync.onoffice.internal;

import com.squareup.moshi.JsonReader;
import io.ghlsync.onoffice.model.ActionResult;
import io.ghlsync.onoffice.model.RecordFields;
import io.ghlsync.onoffice.model.ResultRecord;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import okio.Buffer;
import org.jspecify.annotations.Nullable;

/**
 * Parses the response envelope leniently: {@code data} and {@code elements} may be {@code []}
 * instead of {@code {}}, numbers may be strings, unknown fields are ignored. Whole-number values
 * become {@code Long}s.
 */
public final class ResponseParser {
  private ResponseParser() {}

  /**
   * Parses a body.
   *
   * @param body the response body text
   * @return the parsed envelope
   * @throws IOException if the body is not JSON or lacks the top-level {@code status}
   */
  public static ParsedResponse parse(String body) throws IOException {
    Object root;
    try {
      JsonReader reader = JsonReader.of(new Buffer().writeUtf8(body));
      root = reader.readJsonValue();
      if (reader.peek() != JsonReader.Token.END_DOCUMENT) {
        throw new IOException("onOffice response has trailing content after the JSON document");
      }
    } catch (IOException | RuntimeException e) {
      throw new IOException("onOffice response is not valid JSON: " + e.getMessage(), e);
    }
    if (!(root instanceof Map<?, ?> top) || !(top.get("status") instanceof Map<?, ?> status)) {
      throw new IOException("onOffice response is not an envelope with a top-level status");
    }
    List<ParsedResponse.Result> results = new ArrayList<>();
    if (top.get("response") instanceof Map<?, ?> response
        && response.get("results") instanceof List<?> list) {
      for (Object item : list) {
        results.add(result(item instanceof Map<?, ?> m ? m : Map.of()));
      }
    }
    return new ParsedResponse(
        intOf(status.get("code"), 200),
        intOf(status.get("errorcode"), 0),
        textOf(status.get("message")),
        results);
  }

  private static ParsedResponse.Result result(Map<?, ?> raw) {
    List<ResultRecord> records = new ArrayList<>();
    OptionalLong total = OptionalLong.empty();
    if (raw.get("data") instanceof Map<?, ?> data) {
      if (data.get("meta") instanceof Map<?, ?> meta) {
        total = FieldValues.longValue(meta.get("cntabsolute"));
      }
      if (data.get("records") instanceof List<?> list) {
        for (Object item : list) {
          if (item instanceof Map<?, ?> record) {
            records.add(record(record));
          }
        }
      }
    }
    ActionResult result =
        new ActionResult(
            textOf(raw.get("actionid")),
            textOf(raw.get("resourcetype")),
            textOf(raw.get("resourceid")),
            textOf(raw.get("identifier")),
            Boolean.TRUE.equals(raw.get("cacheable")),
            total,
            records);
    int code = 0;
    String message = "";
    if (raw.get("status") instanceof Map<?, ?> status) {
      code = intOf(status.get("errorcode"), 0);
      message = textOf(status.get("message"));
    }
    return new ParsedResponse.Result(result, code, message);
  }

  private static ResultRecord record(Map<?, ?> raw) {
    Map<String, Object> elements = new LinkedHashMap<>();
    if (raw.get("elements") instanceof Map<?, ?> map) {
      for (Map.Entry<?, ?> e : map.entrySet()) {
        Object value = wholeNumbers(e.getValue());
        if (value != null) {
          elements.put(String.valueOf(e.getKey()), value);
        }
      }
    }
    return new ResultRecord(
        textOf(raw.get("id")), textOf(raw.get("type")), RecordFields.of(elements));
  }

  private static @Nullable Object wholeNumbers(@Nullable Object value) {
    if (value instanceof Double d && d == Math.rint(d) && Math.abs(d) < 9.0e15) {
      return d.longValue();
    }
    if (value instanceof List<?> list) {
      List<Object> out = new ArrayList<>(list.size());
      for (Object item : list) {
        Object converted = wholeNumbers(item);
        if (converted != null) {
          out.add(converted);
        }
      }
      return List.copyOf(out);
    }
    if (value instanceof Map<?, ?> map) {
      Map<String, Object> out = new LinkedHashMap<>();
      for (Map.Entry<?, ?> e : map.entrySet()) {
        Object converted = wholeNumbers(e.getValue());
        if (converted != null) {
          out.put(String.valueOf(e.getKey()), converted);
        }
      }
      return java.util.Collections.unmodifiableMap(out);
    }
    return value;
  }

  private static int intOf(@Nullable Object value, int fallback) {
    OptionalLong n = FieldValues.longValue(value);
    return n.isPresent() ? (int) n.getAsLong() : fallback;
  }

  private static String textOf(@Nullable Object value) {
    return FieldValues.text(value).orElse("");
  }
}
