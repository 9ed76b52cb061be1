package io.ghlsync.ghl.model;

import com.squareup.moshi.Json;
import java.util.Optional;

/**
 * The outcome of an upsert.
 *
 * @param created true if GHL created a new contact, false if it updated an existing one
 * @param contact the contact after the upsert
 * @param traceId GHL's trace id of the request
 */
public record UpsertResult(
    @Json(name = "new") boolean created, Optional<Contact> contact, Optional<String> traceId) {}
