package io.ghlsync.testkit.optmyzr.internal;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Opaque cursors: base64url of {@code kind:sequence}, refused if tampered with or mixed up. */
public final class Cursors {
  private Cursors() {}

  /**
   * Encodes a cursor.
   *
   * @param kind the list it belongs to, e.g. {@code contacts}
   * @param seq the sequence number of the last row returned
   * @return the cursor
   */
  public static String encode(String kind, long seq) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString((kind + ":" + seq).getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Renders a page: {@code {"data":[...],"has_more":..,"next_cursor":..}}.
   *
   * @param kind the list, e.g. {@code contacts}
   * @param rows up to {@code limit + 1} rows from {@link Table#page}
   * @param limit the page size
   * @return the JSON object
   */
  public static Map<String, Object> page(String kind, List<Table.Row> rows, int limit) {
    boolean more = rows.size() > limit;
    List<Table.Row> shown = more ? rows.subList(0, limit) : rows;
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("data", shown.stream().map(Table.Row::json).toList());
    out.put("has_more", more);
    out.put("next_cursor", more ? encode(kind, shown.get(shown.size() - 1).seq()) : null);
    return out;
  }

  /**
   * Decodes a cursor.
   *
   * @param kind the list it must belong to
   * @param cursor the cursor, or null for the first page
   * @return the sequence number, 0 for the first page
   * @throws Rejection 400 when the cursor is not one of this list's
   */
  public static long decode(String kind, @Nullable String cursor) {
    if (cursor == null) {
      return 0;
    }
    try {
      String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
      if (text.startsWith(kind + ":")) {
        long seq = Long.parseLong(text.substring(kind.length() + 1));
        if (seq > 0) {
          return seq;
        }
      }
    } catch (IllegalArgumentException e) {
      // falls through to the rejection below
    }
    throw Rejection.badRequest("invalid_cursor", "cursor is not valid for this list", "cursor");
  }
}
