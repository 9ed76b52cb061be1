/** Implementation of the fake onOffice: envelope checks, action handlers and state. */
@NullMarked
package io.ghlsync.testkit.onoffice.internal;

import org.jspecify.annotations.NullMarked;
