package io.ghlsync.ghl.internal;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import io.ghlsync.ghl.model.CustomFieldInput;
import io.ghlsync.ghl.model.DndSettings;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Writes the v3 spellings where v3 renamed write fields: DND keys in lower camel case ({@code call,
 * email, sms, whatsApp, gmb, fb}) and custom-field {@code fieldValue} instead of {@code
 * field_value}. Reading is unchanged (both spellings are accepted anyway).
 */
public final class V3NamesAdapterFactory implements JsonAdapter.Factory {
  private static final Map<Class<?>, Map<String, String>> RENAMES =
      Map.of(
          DndSettings.class,
          Map.of(
              "Call", "call",
              "Email", "email",
              "SMS", "sms",
              "WhatsApp", "whatsApp",
              "GMB", "gmb",
              "FB", "fb"),
          CustomFieldInput.class,
          Map.of("field_value", "fieldValue"));

  @Override
  public @Nullable JsonAdapter<?> create(
      Type type, Set<? extends Annotation> annotations, Moshi moshi) {
    Map<String, String> renames = RENAMES.get(type);
    if (renames == null || !annotations.isEmpty()) {
      return null;
    }
    JsonAdapter<Object> delegate = moshi.nextAdapter(this, type, annotations);
    return new JsonAdapter<Object>() {
      @Override
      public @Nullable Object fromJson(JsonReader reader) throws IOException {
        return delegate.fromJson(reader);
      }

      @Override
      public void toJson(JsonWriter writer, @Nullable Object value) throws IOException {
        Object tree = delegate.toJsonValue(value);
        if (tree instanceof Map<?, ?> map) {
          Map<String, @Nullable Object> renamed = new LinkedHashMap<>();
          map.forEach((k, v) -> renamed.put(renames.getOrDefault(k, String.valueOf(k)), v));
          tree = renamed;
        }
        JsonValueAdapter.write(writer, tree);
      }
    };
  }
}
