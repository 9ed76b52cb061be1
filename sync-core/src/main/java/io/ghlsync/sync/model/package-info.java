/** Small value types shared by the engine, the mapping, the store and the target SPI. */
@NullMarked
package io.ghlsync.sync.model;

import org.jspecify.annotations.NullMarked;
