package io.ghlsync.ghl.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Other JSON names a record component is read from, e.g. GHL's misspelt {@code succeded} next to
 * {@code succeeded}. Writing always uses the component's own name.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface JsonAlias {
  /** The alternative names. */
  String[] value();
}
