/**
 * Declarative field mappings from GHL records to target fields, built in Java or loaded from JSON.
 */
@NullMarked
package io.ghlsync.sync.mapping;

import org.jspecify.annotations.NullMarked;
