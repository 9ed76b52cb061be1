/** Implementation of the fake Optmyzr server (routes, state, rules); not part of the API. */
@NullMarked
package io.ghlsync.testkit.optmyzr.internal;

import org.jspecify.annotations.NullMarked;
