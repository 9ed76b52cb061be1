package io.ghlsync.optmyzr.internal;

import com.squareup.moshi.Json;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A contact on the wire (snake_case JSON), read leniently: every field may be missing.
 *
 * @param id {@code id}
 * @param externalId {@code external_id}
 * @param email {@code email}
 * @param phone {@code phone}
 * @param firstName {@code first_name}
 * @param lastName {@code last_name}
 * @param company {@code company}
 * @param lifecycleStage {@code lifecycle_stage}
 * @param leadScore {@code lead_score}
 * @param source {@code source}
 * @param gclid {@code gclid}
 * @param tags {@code tags}
 * @param customFields {@code custom_fields}
 * @param createdAt {@code created_at}
 * @param updatedAt {@code updated_at}
 */
public record ContactWire(
    @Nullable String id,
    @Json(name = "external_id") @Nullable String externalId,
    @Nullable String email,
    @Nullable String phone,
    @Json(name = "first_name") @Nullable String firstName,
    @Json(name = "last_name") @Nullable String lastName,
    @Nullable String company,
    @Json(name = "lifecycle_stage") @Nullable String lifecycleStage,
    @Json(name = "lead_score") @Nullable Integer leadScore,
    @Nullable String source,
    @Nullable String gclid,
    @Nullable List<String> tags,
    @Json(name = "custom_fields") @Nullable Map<String, Object> customFields,
    @Json(name = "created_at") @Nullable String createdAt,
    @Json(name = "updated_at") @Nullable String updatedAt) {}
