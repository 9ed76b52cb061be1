/**
 * How {@link io.ghlsync.testkit.ghl.FakeGhl} works inside: routing, auth, per-location state, lazy
 * seeding, search and webhook payloads. Not part of the API.
 */
@NullMarked
package io.ghlsync.testkit.ghl.internal;

import org.jspecify.annotations.NullMarked;
