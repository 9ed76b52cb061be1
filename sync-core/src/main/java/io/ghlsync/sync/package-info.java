/**
 * The embeddable sync engine: triggers, work queue, planning and applying changes to a target CRM.
 */
@NullMarked
package io.ghlsync.sync;

import org.jspecify.annotations.NullMarked;
