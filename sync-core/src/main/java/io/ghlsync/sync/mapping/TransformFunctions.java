package io.ghlsync.sync.mapping;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Custom transforms by name, for mappings that refer to them ({@code {"function": "name"}}).
 * Immutable; build with {@link #builder()}. Mappings are validated against it when they are loaded,
 * so an unknown name fails at load time.
 */
public final class TransformFunctions {
  private static final TransformFunctions NONE = new TransformFunctions(Map.of());

  private final Map<String, CustomTransform> functions;

  private TransformFunctions(Map<String, CustomTransform> functions) {
    this.functions = Map.copyOf(functions);
  }

  /**
   * A registry without functions.
   *
   * @return the empty registry
   */
  public static TransformFunctions none() {
    return NONE;
  }

  /**
   * Starts a registry.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Looks up a function.
   *
   * @param name the registered name
   * @return the function, empty when none has that name
   */
  public Optional<CustomTransform> get(String name) {
    return Optional.ofNullable(functions.get(name));
  }

  /** Builder of {@link TransformFunctions}. */
  public static final class Builder {
    private final Map<String, CustomTransform> functions = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Registers a function.
     *
     * @param name the name mappings use; letters, digits, {@code _}, {@code -} and {@code .}
     * @param function the function
     * @return this builder
     */
    public Builder register(String name, CustomTransform function) {
      if (!name.matches("[A-Za-z0-9_.-]+")) {
        throw new IllegalArgumentException(
            "function name must use letters, digits, '_', '-' or '.': '" + name + "'");
      }
      if (functions.putIfAbsent(name, function) != null) {
        throw new IllegalArgumentException("function '" + name + "' is already registered");
      }
      return this;
    }

    /**
     * Builds the registry.
     *
     * @return the registry
     */
    public TransformFunctions build() {
      return new TransformFunctions(functions);
    }
  }
}
