package io.ghlsync.onoffice.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HMAC v2 of the onOffice API: {@code Base64(HMAC-SHA256(secret, timestamp + token + resourcetype +
 * actionid))}, UTF-8, no separators, standard Base64 with padding. {@code resourceid}, {@code
 * identifier} and {@code parameters} are not signed.
 */
public final class HmacSigner {
  /** The {@code hmac_version} this signer implements. */
  public static final int VERSION = 2;

  private HmacSigner() {}

  /**
   * Signs one action.
   *
   * @param secret the API secret (HMAC key)
   * @param timestamp unix seconds, as sent in {@code timestamp}
   * @param token the API token
   * @param resourceType the action's resource type
   * @param actionId the action's URN
   * @return the Base64 signature for {@code hmac}
   */
  public static String sign(
      String secret, long timestamp, String token, String resourceType, String actionId) {
    String message = timestamp + token + resourceType + actionId;
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return Base64.getEncoder()
          .encodeToString(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      // HmacSHA256 is mandatory in every JRE; reaching this means a broken runtime.
      throw new IllegalStateException("HmacSHA256 is not available in this JRE", e);
    }
  }
}
