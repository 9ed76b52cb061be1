/** The onOffice enterprise target connector. */
@NullMarked
package io.ghlsync.sync.onoffice;

import org.jspecify.annotations.NullMarked;
