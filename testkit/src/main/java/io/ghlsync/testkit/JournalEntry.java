package io.ghlsync.testkit;

import java.time.Instant;

/**
 * One request a fake server received and what it answered.
 *
 * @param at when the request arrived, by the fake's clock
 * @param method the HTTP method, upper case
 * @param path the request path without query string
 * @param query the raw query string, empty when there was none
 * @param operation the fake's operation name, {@code "unknown"} for routes it does not serve
 * @param status the status code answered, 0 when the connection was dropped instead
 * @param requestBody the request body as UTF-8 text, empty when there was none
 * @param fault a short description of the injected fault, empty when none was injected
 */
public record JournalEntry(
    Instant at,
    String method,
    String path,
    String query,
    String operation,
    int status,
    String requestBody,
    String fault) {

  /**
   * Tells whether a fault was injected into this exchange.
   *
   * @return whether {@link #fault()} is not empty
   */
  public boolean faulted() {
    return !fault.isEmpty();
  }
}
