package io.ghlsync.optmyzr.internal;

import com.squareup.moshi.Json;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A cursor page on the wire: {@code {"data":[...],"has_more":true,"next_cursor":"..."}}.
 *
 * @param data {@code data}
 * @param hasMore {@code has_more}
 * @param nextCursor {@code next_cursor}
 * @param <T> item wire type
 */
public record PageWire<T>(
    @Nullable List<T> data,
    @Json(name = "has_more") @Nullable Boolean hasMore,
    @Json(name = "next_cursor") @Nullable String nextCursor) {}
