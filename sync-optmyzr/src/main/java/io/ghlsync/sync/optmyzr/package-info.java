/** The Optmyzr contacts-contract target connector. */
@NullMarked
package io.ghlsync.sync.optmyzr;

import org.jspecify.annotations.NullMarked;
