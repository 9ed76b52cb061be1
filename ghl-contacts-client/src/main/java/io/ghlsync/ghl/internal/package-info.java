/**
 * Implementation details of the GHL client: Retrofit interfaces, Moshi adapters, path-segment
 * validation and the operation table. Nothing here is part of the public API.
 */
@NullMarked
package io.ghlsync.ghl.internal;

import org.jspecify.annotations.NullMarked;
