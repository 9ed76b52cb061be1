/**
 * Implementation details of the Optmyzr client (Retrofit interfaces, wire records, interceptors,
 * error mapping, input checks); not part of the API.
 */
@NullMarked
package io.ghlsync.optmyzr.internal;

import org.jspecify.annotations.NullMarked;
