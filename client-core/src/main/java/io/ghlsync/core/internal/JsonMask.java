package io.ghlsync.core.internal;

import org.jspecify.annotations.Nullable;

/**
 * Re-writes JSON text with every scalar value masked unless the field that holds it (directly, or
 * as an array of scalars) passes {@link Redaction#isHarmless}. Keys, nesting and {@code null}s are
 * kept. A small recursive scanner rather than a JSON library: it must never fail on odd input, and
 * it must not build objects for bodies of any size.
 */
final class JsonMask {
  private static final int MAX_DEPTH = 64;

  private final String in;
  private final StringBuilder out;
  private int pos;

  private JsonMask(String in) {
    this.in = in;
    this.out = new StringBuilder(in.length());
  }

  /**
   * Masks a JSON text.
   *
   * @param json the text
   * @return the masked text, or null when it is not well-formed JSON
   */
  static @Nullable String mask(String json) {
    JsonMask m = new JsonMask(json);
    try {
      m.value(false, 0);
      m.skipSpace();
      return m.pos == json.length() ? m.out.toString() : null;
    } catch (IllegalStateException | StringIndexOutOfBoundsException e) {
      return null;
    }
  }

  private void value(boolean shown, int depth) {
    if (depth > MAX_DEPTH) {
      throw new IllegalStateException("too deep");
    }
    skipSpace();
    char c = in.charAt(pos);
    if (c == '{') {
      object(depth);
    } else if (c == '[') {
      array(shown, depth);
    } else if (c == '"') {
      String s = string();
      out.append(shown ? s : "\"" + Redaction.MASK + "\"");
    } else if (in.startsWith("null", pos)) {
      pos += 4;
      out.append("null");
    } else {
      int start = pos;
      while (pos < in.length() && "+-.eE0123456789truefals".indexOf(in.charAt(pos)) >= 0) {
        pos++;
      }
      if (start == pos) {
        throw new IllegalStateException("unexpected " + c);
      }
      out.append(shown ? in.substring(start, pos) : Redaction.MASK);
    }
  }

  private void object(int depth) {
    pos++;
    out.append('{');
    skipSpace();
    if (in.charAt(pos) == '}') {
      pos++;
      out.append('}');
      return;
    }
    while (true) {
      skipSpace();
      String key = string();
      out.append(key);
      skipSpace();
      expect(':');
      out.append(':');
      value(Redaction.isHarmless(key.substring(1, key.length() - 1)), depth + 1);
      skipSpace();
      char c = in.charAt(pos++);
      if (c == '}') {
        out.append('}');
        return;
      }
      if (c != ',') {
        throw new IllegalStateException("expected , or }");
      }
      out.append(',');
    }
  }

  private void array(boolean shown, int depth) {
    pos++;
    out.append('[');
    skipSpace();
    if (in.charAt(pos) == ']') {
      pos++;
      out.append(']');
      return;
    }
    while (true) {
      value(shown, depth + 1);
      skipSpace();
      char c = in.charAt(pos++);
      if (c == ']') {
        out.append(']');
        return;
      }
      if (c != ',') {
        throw new IllegalStateException("expected , or ]");
      }
      out.append(',');
    }
  }

  /** Reads a string token and returns it with its quotes, escapes untouched. */
  private String string() {
    expect('"');
    int start = pos - 1;
    while (true) {
      char c = in.charAt(pos++);
      if (c == '\\') {
        pos++;
      } else if (c == '"') {
        return in.substring(start, pos);
      }
    }
  }

  private void expect(char c) {
    if (in.charAt(pos) != c) {
      throw new IllegalStateException("expected " + c);
    }
    pos++;
  }

  private void skipSpace() {
    while (pos < in.length() && Character.isWhitespace(in.charAt(pos))) {
      pos++;
    }
  }
}
