package io.ghlsync.ghl.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a record component whose members are written into the enclosing JSON object rather than as
 * a nested object: a record (e.g. the shared {@code ContactFields} of the contact requests) or a
 * {@code Map<String, Object>} of extra fields, sent exactly as given. On reading, an inline record
 * is read from the same object; an inline map stays empty (extra fields are write-only).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface Inline {}
