/**
 * {@link io.ghlsync.testkit.ghl.FakeGhl}: an in-process, stateful fake of the HighLevel (GHL)
 * Contacts API v2 and its OAuth token endpoints on loopback, with per-location state, lazy seeding,
 * scopes, rate limits, fault injection and signed webhooks.
 */
@NullMarked
package io.ghlsync.testkit.ghl;

import org.jspecify.annotations.NullMarked;
