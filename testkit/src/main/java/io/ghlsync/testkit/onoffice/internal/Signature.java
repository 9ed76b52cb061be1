package io.ghlsync.testkit.onoffice.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The server side of HMAC v2: {@code Base64(HMAC-SHA256(secret, timestamp + token + resourcetype +
 * actionid))}. Written independently of the client so that the fake checks it rather than echoes
 * it.
 */
public final class Signature {
  private Signature() {}

  /**
   * Computes the expected HMAC.
   *
   * @param secret the API secret
   * @param timestamp the action's timestamp
   * @param token the API token
   * @param resourceType the action's resource type
   * @param actionId the action's URN
   * @return the Base64 HMAC
   */
  public static String expected(
      String secret, long timestamp, String token, String resourceType, String actionId) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      byte[] digest =
          mac.doFinal(
              (timestamp + token + resourceType + actionId).getBytes(StandardCharsets.UTF_8));
      return Base64.getEncoder().encodeToString(digest);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is not available in this JRE", e);
    }
  }

  /**
   * Compares a sent HMAC with the expected one in constant time.
   *
   * @param sent the HMAC the client sent
   * @param expected the expected HMAC
   * @return whether they are equal
   */
  public static boolean matches(String sent, String expected) {
    return MessageDigest.isEqual(
        sent.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8));
  }
}
