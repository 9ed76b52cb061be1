package io.ghlsync.optmyzr.internal;

import com.squareup.moshi.Json;
import org.jspecify.annotations.Nullable;

/**
 * A task on the wire, read leniently.
 *
 * @param id {@code id}
 * @param contactId {@code contact_id}
 * @param title {@code title}
 * @param body {@code body}
 * @param dueAt {@code due_at}
 * @param assigneeId {@code assignee_id}
 * @param status {@code status}
 * @param completedAt {@code completed_at}
 * @param createdAt {@code created_at}
 * @param updatedAt {@code updated_at}
 */
public record TaskWire(
    @Nullable String id,
    @Json(name = "contact_id") @Nullable String contactId,
    @Nullable String title,
    @Nullable String body,
    @Json(name = "due_at") @Nullable String dueAt,
    @Json(name = "assignee_id") @Nullable String assigneeId,
    @Nullable String status,
    @Json(name = "completed_at") @Nullable String completedAt,
    @Json(name = "created_at") @Nullable String createdAt,
    @Json(name = "updated_at") @Nullable String updatedAt) {}
