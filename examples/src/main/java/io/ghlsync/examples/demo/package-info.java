/**
 * The quick-start demo: a whole sync of GHL contacts, tasks and notes to onOffice and Optmyzr,
 * against an embedded sandbox of fake services by default or against the real services when
 * credentials are given. Run {@link io.ghlsync.examples.demo.QuickStartDemo}.
 */
@NullMarked
package io.ghlsync.examples.demo;

import org.jspecify.annotations.NullMarked;
