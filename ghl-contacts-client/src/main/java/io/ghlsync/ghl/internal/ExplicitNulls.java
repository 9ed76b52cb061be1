package io.ghlsync.ghl.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a {@code Set<String>} record component that names the JSON fields to send as an explicit
 * {@code null} (GHL's "clear this field"). The component itself is never written or read.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface ExplicitNulls {}
