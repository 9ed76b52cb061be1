package io.ghlsync.core;

import java.util.Objects;

/**
 * One call as an {@link HttpObserver} sees it; every component has bounded cardinality, so it may
 * be used as a metric tag.
 *
 * @param service the client's service, e.g. {@code "ghl"}, {@code "onoffice"}, {@code "optmyzr"}
 * @param operation the operation template, e.g. {@code "GET /contacts/{contactId}"} (never an id)
 * @param method the HTTP method
 */
public record HttpCall(String service, String operation, String method) {
  /**
   * Validates the components.
   *
   * @param service the client's service
   * @param operation the operation template
   * @param method the HTTP method
   */
  public HttpCall {
    Objects.requireNonNull(service, "service");
    Objects.requireNonNull(operation, "operation");
    Objects.requireNonNull(method, "method");
  }
}
