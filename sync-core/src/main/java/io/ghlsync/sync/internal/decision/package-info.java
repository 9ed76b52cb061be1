/**
 * The decision core: pure functions from immutable inputs (the mapped record, the link, the
 * duplicate search's matches, a target's answer) to immutable values (a sealed {@link
 * io.ghlsync.sync.internal.decision.Step}, a {@link io.ghlsync.sync.internal.decision.Written}
 * outcome, a {@link io.ghlsync.sync.internal.decision.LinkWrite}). Nothing here does I/O, reads a
 * clock or mutates its inputs, so every branch is table-tested without HTTP.
 */
@NullMarked
package io.ghlsync.sync.internal.decision;

import org.jspecify.annotations.NullMarked;
