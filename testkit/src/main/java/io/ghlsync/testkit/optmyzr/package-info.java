/**
 * {@link io.ghlsync.testkit.optmyzr.FakeOptmyzr}: an in-process fake of the two Optmyzr surfaces
 * the ghlsync Optmyzr client speaks to, on loopback. It serves the ghlsync contacts contract
 * (contacts, tasks, notes with cursor paging, {@code Idempotency-Key} semantics, auth and scope
 * checks, {@code RateLimit-*} headers and 429s) with in-memory state, and Optmyzr's read-only User
 * Data API v1 with sample data. It speaks HTTP/JSON only and never calls client code.
 */
@NullMarked
package io.ghlsync.testkit.optmyzr;

import org.jspecify.annotations.NullMarked;
