package io.ghlsync.sync.mapping;

import java.util.Optional;

/**
 * A transform written in Java and referred to by name from a mapping ({@code {"function":
 * "name"}}); register it in {@link TransformFunctions}. Example: {@code v ->
 * Optional.of(v.toString().replace("GmbH", "").strip())}.
 */
@FunctionalInterface
public interface CustomTransform {

  /**
   * Transforms a present value.
   *
   * @param value a String, Boolean, Number, List or Map
   * @return the new value, or empty to drop it (the rule's default and null policy then apply)
   * @throws MappingException or IllegalArgumentException when the value cannot be transformed
   */
  Optional<Object> apply(Object value);
}
