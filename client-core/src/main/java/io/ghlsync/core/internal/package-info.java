/** Implementation details of client-core (interceptors, redaction); not part of the API. */
@NullMarked
package io.ghlsync.core.internal;

import org.jspecify.annotations.NullMarked;
