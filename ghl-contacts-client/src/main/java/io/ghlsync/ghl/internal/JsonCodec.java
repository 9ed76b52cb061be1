package io.ghlsync.ghl.internal;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import com.squareup.moshi.Types;
import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Reads and writes one value type leniently: a value of the wrong JSON kind is skipped and read as
 * absent ({@code null}) instead of failing the whole response, numbers and booleans may arrive
 * quoted, and a single value is accepted where a list is expected (GHL does both).
 */
abstract class JsonCodec {

  /** Reads the next value, or returns null (after skipping it) when it has the wrong kind. */
  abstract @Nullable Object read(JsonReader reader) throws IOException;

  /** Writes a non-null value. */
  abstract void write(JsonWriter writer, Object value) throws IOException;

  /** Whether this codec reads JSON scalars (so a lone scalar may stand for a list of one). */
  boolean scalar() {
    return false;
  }

  static JsonCodec forType(Type type, Moshi moshi) {
    Class<?> raw = Types.getRawType(type);
    if (raw == String.class) {
      return new StringCodec();
    } else if (raw == Boolean.class || raw == boolean.class) {
      return new BooleanCodec();
    } else if (raw == Integer.class || raw == int.class) {
      return new NumberCodec(NumberKind.INT);
    } else if (raw == Long.class || raw == long.class) {
      return new NumberCodec(NumberKind.LONG);
    } else if (raw == Double.class || raw == double.class) {
      return new NumberCodec(NumberKind.DOUBLE);
    } else if (raw == BigDecimal.class) {
      return new NumberCodec(NumberKind.DECIMAL);
    } else if (raw == Object.class) {
      return new AnyCodec();
    } else if (raw == List.class) {
      return new ListCodec(forType(typeArgument(type), moshi));
    } else if (raw.isEnum()) {
      return new EnumCodec(moshi.adapter(type));
    }
    return new ObjectCodec(moshi.adapter(type));
  }

  static @Nullable Object skip(JsonReader reader) throws IOException {
    reader.skipValue();
    return null;
  }

  static @Nullable Boolean parseBoolean(String text) {
    String s = text.trim().toLowerCase(Locale.ROOT);
    if (s.equals("true")) {
      return Boolean.TRUE;
    }
    return s.equals("false") ? Boolean.FALSE : null;
  }

  static Type typeArgument(Type type) {
    if (type instanceof ParameterizedType p) {
      return p.getActualTypeArguments()[0];
    }
    return Object.class;
  }

  private static final class StringCodec extends JsonCodec {
    @Override
    @Nullable Object read(JsonReader reader) throws IOException {
      return switch (reader.peek()) {
        case STRING, NUMBER -> reader.nextString();
        case BOOLEAN -> String.valueOf(reader.nextBoolean());
        default -> skip(reader);
      };
    }

    @Override
    void write(JsonWriter writer, Object value) throws IOException {
      writer.value((String) value);
    }

    @Override
    boolean scalar() {
      return true;
    }
  }

  private static final class BooleanCodec extends JsonCodec {
    @Override
    @Nullable Object read(JsonReader reader) throws IOException {
      return switch (reader.peek()) {
        case BOOLEAN -> reader.nextBoolean();
        case STRING -> parseBoolean(reader.nextString());
        case NUMBER -> reader.nextDouble() != 0;
        default -> skip(reader);
      };
    }

    @Override
    void write(JsonWriter writer, Object value) throws IOException {
      writer.value((Boolean) value);
    }

    @Override
    boolean scalar() {
      return true;
    }
  }

  private enum NumberKind {
    INT,
    LONG,
    DOUBLE,
    DECIMAL
  }

  private static final class NumberCodec extends JsonCodec {
    private final NumberKind kind;

    NumberCodec(NumberKind kind) {
      this.kind = kind;
    }

    @Override
    @Nullable Object read(JsonReader reader) throws IOException {
      JsonReader.Token token = reader.peek();
      if (token != JsonReader.Token.NUMBER && token != JsonReader.Token.STRING) {
        reader.skipValue();
        return null;
      }
      BigDecimal d;
      try {
        d = new BigDecimal(reader.nextString().trim());
      } catch (NumberFormatException e) {
        return null;
      }
      return switch (kind) {
        case INT -> d.intValue();
        case LONG -> d.longValue();
        case DOUBLE -> d.doubleValue();
        case DECIMAL -> d;
      };
    }

    @Override
    void write(JsonWriter writer, Object value) throws IOException {
      writer.value((Number) value);
    }

    @Override
    boolean scalar() {
      return true;
    }
  }

  private static final class AnyCodec extends JsonCodec {
    @Override
    @Nullable Object read(JsonReader reader) throws IOException {
      return JsonValueAdapter.read(reader);
    }

    @Override
    void write(JsonWriter writer, Object value) throws IOException {
      JsonValueAdapter.write(writer, value);
    }
  }

  private static final class ListCodec extends JsonCodec {
    private final JsonCodec item;

    ListCodec(JsonCodec item) {
      this.item = item;
    }

    @Override
    @Nullable Object read(JsonReader reader) throws IOException {
      JsonReader.Token token = reader.peek();
      if (token == JsonReader.Token.BEGIN_ARRAY) {
        List<Object> out = new ArrayList<>();
        reader.beginArray();
        while (reader.hasNext()) {
          Object value = item.read(reader);
          if (value != null) {
            out.add(value);
          }
        }
        reader.endArray();
        return Collections.unmodifiableList(out);
      }
      if (token == JsonReader.Token.NULL) {
        return reader.nextNull();
      }
      if (item.scalar() && token == JsonReader.Token.BEGIN_OBJECT) {
        reader.skipValue();
        return null;
      }
      Object value = item.read(reader);
      if (value == null || (value instanceof String s && s.isBlank())) {
        return List.of();
      }
      return List.of(value);
    }

    @Override
    void write(JsonWriter writer, Object value) throws IOException {
      writer.beginArray();
      for (Object o : (List<?>) value) {
        if (o == null) {
          writer.nullValue();
        } else {
          item.write(writer, o);
        }
      }
      writer.endArray();
    }
  }

  private static final class EnumCodec extends JsonCodec {
    private final JsonAdapter<Object> adapter;

    @SuppressWarnings("unchecked")
    EnumCodec(JsonAdapter<?> adapter) {
      this.adapter = (JsonAdapter<Object>) adapter;
    }

    @Override
    @Nullable Object read(JsonReader reader) throws IOException {
      if (reader.peek() != JsonReader.Token.STRING) {
        reader.skipValue();
        return null;
      }
      try {
        return adapter.fromJson(reader);
      } catch (JsonDataException e) {
        return null;
      }
    }

    @Override
    void write(JsonWriter writer, Object value) throws IOException {
      adapter.toJson(writer, value);
    }

    @Override
    boolean scalar() {
      return true;
    }
  }

  private static final class ObjectCodec extends JsonCodec {
    private final JsonAdapter<Object> adapter;

    @SuppressWarnings("unchecked")
    ObjectCodec(JsonAdapter<?> adapter) {
      this.adapter = (JsonAdapter<Object>) adapter;
    }

    @Override
    @Nullable Object read(JsonReader reader) throws IOException {
      if (reader.peek() != JsonReader.Token.BEGIN_OBJECT) {
        reader.skipValue();
        return null;
      }
      return adapter.fromJson(reader);
    }

    @Override
    void write(JsonWriter writer, Object value) throws IOException {
      adapter.toJson(writer, value);
    }
  }
}
