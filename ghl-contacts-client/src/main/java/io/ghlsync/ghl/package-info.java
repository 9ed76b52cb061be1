/**
 * The GHL (HighLevel / LeadConnector) Contacts API client: start with {@link
 * io.ghlsync.ghl.GhlClient#builder()}, then use one service per resource ({@code contacts()},
 * {@code tasks()}, {@code notes()}, {@code tags()}, {@code appointments()}, {@code followers()},
 * {@code campaigns()}, {@code workflows()}). Every call is blocking, rate limited per location,
 * retried only when that is safe, checked against the granted scopes before it is sent, and fails
 * with the {@code io.ghlsync.core.ApiException} hierarchy.
 */
@NullMarked
package io.ghlsync.ghl;

import org.jspecify.annotations.NullMarked;
