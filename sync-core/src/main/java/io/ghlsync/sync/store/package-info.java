/**
 * The {@code SyncStore} SPI (links, fingerprints, cursors, work queue, dead letters, audit, seen
 * webhook ids) and its in-memory implementation.
 */
@NullMarked
package io.ghlsync.sync.store;

import org.jspecify.annotations.NullMarked;
