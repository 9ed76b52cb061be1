package io.ghlsync.testkit.onoffice;

import java.util.Map;

/**
 * One action the fake received, in arrival order, with the code it answered.
 *
 * @param action the short action name (read, create, modify, get, do, delete), or the raw action
 *     URN when it is not a known one
 * @param resourceType the resource type
 * @param resourceId the resource id as text
 * @param timestamp the signed {@code timestamp}, or -1 when missing
 * @param hmac the {@code hmac} as sent, or {@code ""}
 * @param parameters the {@code parameters} as parsed (whole numbers as longs)
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

  /**
   * Copies the parameters.
   *
   * @param action the short action name (read, create, modify, get, do, delete), or the raw action
   *     URN when it is not a known one
   * @param resourceType the resource type
   * @param resourceId the resource id as text
   * @param timestamp the signed {@code timestamp}, or -1 when missing
   * @param hmac the {@code hmac} as sent, or {@code ""}
   * @param parameters the {@code parameters} as parsed (whole numbers as longs)
   * @param errorCode the errorcode answered for this action, 0 when it succeeded
   */
  public ReceivedAction {
    parameters = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(parameters));
  }
}
