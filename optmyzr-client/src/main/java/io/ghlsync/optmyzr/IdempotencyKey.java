package io.ghlsync.optmyzr;

import io.ghlsync.core.RequestOptions;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * The {@code Idempotency-Key} sent with a write. The server stores the first result of a key and
 * replays it when the same key arrives again with the same body, so a write repeated after a
 * timeout or crash has one effect. Reusing a key with a different body is refused with HTTP 409
 * ({@link ConflictException#isIdempotencyKeyReused()}).
 *
 * <p>Every write generates a random key unless the caller passes one in its {@link RequestOptions}
 * (the write overloads' last argument). A sync step that may be retried later (after a restart,
 * say) should pass a key it can reproduce: {@code optmyzr.contacts().create(fields,
 * IdempotencyKey.derive("contact", ghlContactId, snapshotHash).options())}.
 *
 * @param value the key as sent; 1 to 255 visible ASCII characters
 */
public record IdempotencyKey(String value) {
  private static final int MAX_LENGTH = 255;

  /**
   * Validates the key.
   *
   * @param value the key as sent; 1 to 255 visible ASCII characters
   * @throws IllegalArgumentException if blank, too long, or not visible ASCII
   */
  public IdempotencyKey {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("idempotencyKey must not be blank");
    }
    if (value.length() > MAX_LENGTH) {
      throw new IllegalArgumentException(
          "idempotencyKey must be at most " + MAX_LENGTH + " characters, was " + value.length());
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c < 0x21 || c > 0x7e) {
        throw new IllegalArgumentException(
            "idempotencyKey must contain only visible ASCII characters (no spaces)");
      }
    }
  }

  /**
   * A key given by the caller.
   *
   * @param value the key
   * @return the key
   */
  public static IdempotencyKey of(String value) {
    return new IdempotencyKey(value);
  }

  /**
   * A new random key (UUID v4).
   *
   * @return the key
   */
  public static IdempotencyKey random() {
    return new IdempotencyKey(UUID.randomUUID().toString());
  }

  /**
   * A key derived deterministically from the given parts (name-based UUID), so that the same sync
   * step produces the same key every time it runs.
   *
   * @param parts what identifies the step, e.g. the operation, a source id and a content hash
   * @return the key
   * @throws IllegalArgumentException if no part is given or a part is blank
   */
  public static IdempotencyKey derive(String... parts) {
    if (parts == null || parts.length == 0) {
      throw new IllegalArgumentException("parts must name at least one value");
    }
    StringBuilder name = new StringBuilder("ghlsync-optmyzr");
    for (int i = 0; i < parts.length; i++) {
      String part = parts[i];
      if (part == null || part.isBlank()) {
        throw new IllegalArgumentException("parts[" + i + "] must not be blank");
      }
      // Length-prefixed, so ("ab","c") and ("a","bc") give different keys.
      name.append('|').append(part.length()).append(':').append(part);
    }
    return new IdempotencyKey(
        UUID.nameUUIDFromBytes(name.toString().getBytes(StandardCharsets.UTF_8)).toString());
  }

  /**
   * The key of a write's options, checked, or a random key when they carry none.
   *
   * @param options the caller's per-request options
   * @return the key to send
   * @throws IllegalArgumentException if the options' key is too long or not visible ASCII
   */
  public static IdempotencyKey from(RequestOptions options) {
    return options.idempotencyKey().map(IdempotencyKey::new).orElseGet(IdempotencyKey::random);
  }

  /**
   * Per-request options that carry this key, to pass to a write.
   *
   * @return the options
   */
  public RequestOptions options() {
    return RequestOptions.builder().idempotencyKey(value).build();
  }
}
