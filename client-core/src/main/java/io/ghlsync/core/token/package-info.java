/**
 * OAuth token persistence and refresh shared by every ghlsync client: the {@link
 * io.ghlsync.core.token.TokenStore} SPI keyed by {@link io.ghlsync.core.token.TokenKey}, in-memory,
 * file and AES-256-GCM encrypted stores, and {@link io.ghlsync.core.token.RefreshingTokenProvider},
 * which refreshes single-flight per key and persists a rotated token pair before anyone uses it.
 */
@NullMarked
package io.ghlsync.core.token;

import org.jspecify.annotations.NullMarked;
