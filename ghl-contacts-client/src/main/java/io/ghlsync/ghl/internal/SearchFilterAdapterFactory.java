package io.ghlsync.ghl.internal;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import io.ghlsync.ghl.model.Filter;
import io.ghlsync.ghl.model.FilterGroup;
import io.ghlsync.ghl.model.SearchFilter;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** JSON for the sealed {@link SearchFilter}: a group has a {@code group} key, a filter has not. */
public final class SearchFilterAdapterFactory implements JsonAdapter.Factory {

  @Override
  public @Nullable JsonAdapter<?> create(
      Type type, Set<? extends Annotation> annotations, Moshi moshi) {
    if (type != SearchFilter.class || !annotations.isEmpty()) {
      return null;
    }
    JsonAdapter<Filter> filter = moshi.adapter(Filter.class);
    JsonAdapter<FilterGroup> group = moshi.adapter(FilterGroup.class);
    return new JsonAdapter<SearchFilter>() {
      @Override
      public @Nullable SearchFilter fromJson(JsonReader reader) throws IOException {
        Object peeked = JsonValueAdapter.read(reader.peekJson());
        if (peeked instanceof Map<?, ?> map && map.containsKey("group")) {
          return group.fromJson(reader);
        }
        return filter.fromJson(reader);
      }

      @Override
      public void toJson(JsonWriter writer, @Nullable SearchFilter value) throws IOException {
        if (value instanceof FilterGroup g) {
          group.toJson(writer, g);
        } else if (value instanceof Filter f) {
          filter.toJson(writer, f);
        } else {
          writer.nullValue();
        }
      }
    };
  }
}
