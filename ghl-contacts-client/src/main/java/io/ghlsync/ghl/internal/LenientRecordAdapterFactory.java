package io.ghlsync.ghl.internal;

import com.squareup.moshi.Json;
import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * JSON for the records of {@code io.ghlsync.ghl}: unknown fields are ignored, absent or odd values
 * become {@code Optional.empty()} / empty lists / {@code false} (never a crash), names match
 * exactly, then by {@link JsonAlias}, then case-insensitively (GHL's DND keys come in two casings).
 * Writing skips empty optionals and nulls, so no field is sent by accident; the components marked
 * {@link ExplicitNulls} are the only way to send a {@code null}. Components marked {@link Inline}
 * write their members into the enclosing object.
 */
public final class LenientRecordAdapterFactory implements JsonAdapter.Factory {

  @Override
  public @Nullable JsonAdapter<?> create(
      Type type, Set<? extends Annotation> annotations, Moshi moshi) {
    if (!annotations.isEmpty() || !(type instanceof Class<?> raw)) {
      return null;
    }
    if (!raw.isRecord() || !raw.getName().startsWith("io.ghlsync.ghl.")) {
      return null;
    }
    return new RecordAdapter(raw, moshi);
  }

  private enum Kind {
    PLAIN,
    OPTIONAL,
    EXPLICIT_NULLS,
    INLINE_RECORD,
    INLINE_MAP
  }

  private record Binding(
      String jsonName,
      Kind kind,
      Method accessor,
      Class<?> type,
      @Nullable JsonCodec codec,
      @Nullable RecordAdapter inline,
      @Nullable JsonAdapter<Object> anyValue) {

    @Nullable Object absent() {
      if (kind == Kind.OPTIONAL) {
        return Optional.empty();
      } else if (kind == Kind.EXPLICIT_NULLS) {
        return Set.of();
      } else if (kind == Kind.INLINE_MAP) {
        return Map.of();
      } else if (type == List.class) {
        return List.of();
      } else if (type == boolean.class) {
        return false;
      } else if (type == int.class) {
        return 0;
      } else if (type == long.class) {
        return 0L;
      } else if (type == double.class) {
        return 0.0;
      }
      return null;
    }
  }

  private static final class RecordAdapter extends JsonAdapter<Object> {
    private static final Logger LOG = LoggerFactory.getLogger(RecordAdapter.class);

    private final Class<?> type;
    private final Constructor<?> constructor;
    private final Binding[] bindings;
    private final Map<String, Integer> byName = new HashMap<>();
    private final Map<String, Integer> byAlias = new HashMap<>();
    private final Map<String, Integer> byLowerName = new HashMap<>();

    RecordAdapter(Class<?> type, Moshi moshi) {
      this.type = type;
      RecordComponent[] components = type.getRecordComponents();
      Class<?>[] types = new Class<?>[components.length];
      bindings = new Binding[components.length];
      for (int i = 0; i < components.length; i++) {
        RecordComponent c = components[i];
        types[i] = c.getType();
        Json json = c.getAnnotation(Json.class);
        String name = json != null ? json.name() : c.getName();
        Kind kind;
        JsonCodec codec = null;
        RecordAdapter inline = null;
        JsonAdapter<Object> anyValue = null;
        if (c.getAnnotation(Inline.class) != null && c.getType().isRecord()) {
          kind = Kind.INLINE_RECORD;
          inline = new RecordAdapter(c.getType(), moshi);
        } else if (c.getAnnotation(Inline.class) != null && c.getType() == Map.class) {
          kind = Kind.INLINE_MAP;
          anyValue = moshi.adapter(Object.class);
        } else if (c.getAnnotation(ExplicitNulls.class) != null) {
          kind = Kind.EXPLICIT_NULLS;
          codec = JsonCodec.forType(String.class, moshi);
        } else if (c.getType() == Optional.class) {
          kind = Kind.OPTIONAL;
          codec = JsonCodec.forType(JsonCodec.typeArgument(c.getGenericType()), moshi);
        } else {
          kind = Kind.PLAIN;
          codec = JsonCodec.forType(c.getGenericType(), moshi);
        }
        bindings[i] =
            new Binding(name, kind, c.getAccessor(), c.getType(), codec, inline, anyValue);
        if (kind == Kind.OPTIONAL || kind == Kind.PLAIN) {
          byName.put(name, i);
          byLowerName.putIfAbsent(name.toLowerCase(Locale.ROOT), i);
          JsonAlias alias = c.getAnnotation(JsonAlias.class);
          if (alias != null) {
            for (String a : alias.value()) {
              byAlias.putIfAbsent(a, i);
              byLowerName.putIfAbsent(a.toLowerCase(Locale.ROOT), i);
            }
          }
        }
      }
      try {
        constructor = type.getDeclaredConstructor(types);
      } catch (NoSuchMethodException e) {
        throw new IllegalStateException("no canonical constructor on " + type.getName(), e);
      }
    }

    @Override
    public @Nullable Object fromJson(JsonReader reader) throws IOException {
      if (reader.peek() == JsonReader.Token.NULL) {
        return reader.nextNull();
      }
      Object[] values = new Object[bindings.length];
      for (int i = 0; i < bindings.length; i++) {
        RecordAdapter inline = bindings[i].inline();
        if (inline != null) {
          // The inline record's members are in this same object: read them ahead.
          values[i] = inline.fromJson(reader.peekJson());
        }
      }
      // How well the name of the value read so far matched: 3 own name, 2 alias, 1 any case.
      int[] rank = new int[bindings.length];
      reader.beginObject();
      while (reader.hasNext()) {
        String name = reader.nextName();
        int matchRank = 3;
        Integer index = byName.get(name);
        if (index == null) {
          matchRank = 2;
          index = byAlias.get(name);
        }
        if (index == null) {
          matchRank = 1;
          index = byLowerName.get(name.toLowerCase(Locale.ROOT));
        }
        if (index == null || rank[index] > matchRank) {
          reader.skipValue();
          continue;
        }
        if (reader.peek() == JsonReader.Token.NULL) {
          reader.skipValue();
          continue;
        }
        Binding b = bindings[index];
        Object value = Objects.requireNonNull(b.codec()).read(reader);
        if (value == null) {
          LOG.debug("ignored field '{}' of {}: unexpected value shape", name, type.getSimpleName());
          continue;
        }
        values[index] = b.kind() == Kind.OPTIONAL ? Optional.of(value) : value;
        rank[index] = matchRank;
      }
      reader.endObject();
      for (int i = 0; i < bindings.length; i++) {
        if (values[i] == null) {
          values[i] = bindings[i].absent();
        }
      }
      try {
        return constructor.newInstance(values);
      } catch (InvocationTargetException e) {
        Throwable cause = e.getCause() != null ? e.getCause() : e;
        throw new JsonDataException(
            "cannot build " + type.getSimpleName() + ": " + cause.getMessage(), cause);
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException("cannot build " + type.getName(), e);
      }
    }

    @Override
    public void toJson(JsonWriter writer, @Nullable Object value) throws IOException {
      if (value == null) {
        writer.nullValue();
        return;
      }
      writer.beginObject();
      writeMembers(writer, value);
      writer.endObject();
    }

    private void writeMembers(JsonWriter writer, Object value) throws IOException {
      for (Binding b : bindings) {
        Object v = get(b, value);
        if (v == null) {
          continue;
        }
        if (b.kind() == Kind.INLINE_RECORD) {
          Objects.requireNonNull(b.inline()).writeMembers(writer, v);
        } else if (b.kind() == Kind.INLINE_MAP) {
          JsonAdapter<Object> any = Objects.requireNonNull(b.anyValue());
          for (Map.Entry<?, ?> e : ((Map<?, ?>) v).entrySet()) {
            writer.name(String.valueOf(e.getKey()));
            boolean serializeNulls = writer.getSerializeNulls();
            writer.setSerializeNulls(true);
            any.toJson(writer, e.getValue());
            writer.setSerializeNulls(serializeNulls);
          }
        } else if (b.kind() == Kind.EXPLICIT_NULLS) {
          for (Object name : (Set<?>) v) {
            writer.name(String.valueOf(name));
            boolean serializeNulls = writer.getSerializeNulls();
            writer.setSerializeNulls(true);
            writer.nullValue();
            writer.setSerializeNulls(serializeNulls);
          }
        } else if (b.kind() == Kind.OPTIONAL) {
          Optional<?> o = (Optional<?>) v;
          if (o.isPresent()) {
            writer.name(b.jsonName());
            Objects.requireNonNull(b.codec()).write(writer, o.get());
          }
        } else {
          writer.name(b.jsonName());
          Objects.requireNonNull(b.codec()).write(writer, v);
        }
      }
    }

    private static @Nullable Object get(Binding b, Object record) {
      try {
        return b.accessor().invoke(record);
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException("cannot read " + b.jsonName(), e);
      }
    }

    @Override
    public String toString() {
      return "LenientRecordAdapter(" + type.getSimpleName() + ")";
    }
  }
}
