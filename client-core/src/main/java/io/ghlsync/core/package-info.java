/**
 * What every ghlsync HTTP client shares: immutable {@link io.ghlsync.core.ClientConfig}, the OkHttp
 * stack built by {@link io.ghlsync.core.HttpStack}, per-key rate limiting, retries, the {@link
 * io.ghlsync.core.ApiException} hierarchy and lazy paging.
 */
@NullMarked
package io.ghlsync.core;

import org.jspecify.annotations.NullMarked;
