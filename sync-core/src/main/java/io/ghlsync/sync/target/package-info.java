/**
 * The {@code TargetConnector} SPI a target CRM implements, and the operations the engine hands it.
 */
@NullMarked
package io.ghlsync.sync.target;

import org.jspecify.annotations.NullMarked;
