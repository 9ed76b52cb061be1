package io.ghlsync.testkit;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Chooses which requests a fault applies to. A request is described by its HTTP method, its path
 * (without query) and the fake's name for the operation (e.g. GHL's {@code create-contact}).
 *
 * <p>Example: {@code RequestMatcher.operation("create-contact").and(RequestMatcher.method("POST"))}
 */
@FunctionalInterface
public interface RequestMatcher {

  /**
   * Decides whether a request matches.
   *
   * @param method the HTTP method, upper case
   * @param path the request path without query string
   * @param operation the fake's operation name, or {@code "unknown"}
   * @return whether the request matches
   */
  boolean matches(String method, String path, String operation);

  /**
   * Combines this matcher with another; both must match.
   *
   * @param other the other matcher
   * @return a matcher for requests both accept
   */
  default RequestMatcher and(RequestMatcher other) {
    return (method, path, operation) ->
        matches(method, path, operation) && other.matches(method, path, operation);
  }

  /**
   * Matches every request.
   *
   * @return the matcher
   */
  static RequestMatcher any() {
    return (method, path, operation) -> true;
  }

  /**
   * Matches requests for any of the given operation names.
   *
   * @param operations the fake's operation names, e.g. {@code "get-contact"}
   * @return the matcher
   */
  static RequestMatcher operation(String... operations) {
    if (operations.length == 0) {
      throw new IllegalArgumentException("operations must name at least one operation");
    }
    Set<String> names = Arrays.stream(operations).collect(Collectors.toUnmodifiableSet());
    return (method, path, operation) -> names.contains(operation);
  }

  /**
   * Matches requests with the given HTTP method.
   *
   * @param httpMethod e.g. {@code "POST"}, case-insensitive
   * @return the matcher
   */
  static RequestMatcher method(String httpMethod) {
    String wanted = httpMethod.toUpperCase(Locale.ROOT);
    return (method, path, operation) -> method.equals(wanted);
  }

  /**
   * Matches requests whose path starts with a prefix.
   *
   * @param prefix e.g. {@code "/contacts/"}
   * @return the matcher
   */
  static RequestMatcher pathStartsWith(String prefix) {
    return (method, path, operation) -> path.startsWith(prefix);
  }
}
