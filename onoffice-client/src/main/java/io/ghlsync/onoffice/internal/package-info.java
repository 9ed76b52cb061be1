/** Implementation of the onOffice client: signing, envelope writing, response parsing. */
@NullMarked
package io.ghlsync.onoffice.internal;

import org.jspecify.annotations.NullMarked;
