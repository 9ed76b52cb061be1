package io.ghlsync.testkit.onoffice;

import java.util.Map;

/**
 * One action the fake received, in arrival order, with the code it answered.
 *
 * @param action the short action name ({@code read}, {@code create}, {@code modify}, {@code get},
 *     {@code do}, {@code delete}), or the raw {@code actionid} when it is not a known URN
 * @param resourceType the {@code resourcetype}
 * @param resourceId the {@code resourceid} as text
 * @param timestamp the signed {@code timestamp}, or -1 when missing
 * @param hmac the {@code hmac} as sent, or {@code ""}
 * @param parameters the {@code parameters} as parsed (numbers as doubles)
 * @param errorCode the errorcode answered for this action, 0 when it succeeded
 */
public record ReceivedAction(
    String action,
    String resourceType,
    String resourceId,
    long timestamp,
    String hmac,
    Map<String, Object> parameters,
    int errorCode) {

  /** Copies the parameters. */
  public ReceivedAction {
    parameters = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(parameters));
  }
}
