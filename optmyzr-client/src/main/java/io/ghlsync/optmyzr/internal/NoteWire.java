package io.ghlsync.optmyzr.internal;

import com.squareup.moshi.Json;
import org.jspecify.annotations.Nullable;

/**
 * A note on the wire, read leniently.
 *
 * @param id {@code id}
 * @param contactId {@code contact_id}
 * @param body {@code body}
 * @param author {@code author}
 * @param occurredAt {@code occurred_at}
 * @param createdAt {@code created_at}
 */
public record NoteWire(
    @Nullable String id,
    @Json(name = "contact_id") @Nullable String contactId,
    @Nullable String body,
    @Nullable String author,
    @Json(name = "occurred_at") @Nullable String occurredAt,
    @Json(name = "created_at") @Nullable String createdAt) {}
