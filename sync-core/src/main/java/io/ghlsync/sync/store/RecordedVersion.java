package io.ghlsync.sync.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Objects;

/**
 * The full content of one version of a mapping, scoring or rules file, as the engine first used it
 * for one target. An audit entry names the target and the versions it was written with; this record
 * is what those versions meant, so a past write can be traced to the exact rules that produced it.
 *
 * @param target the target the content belongs to
 * @param kind mapping, scoring or rules
 * @param version the version the file declares (what the audit records)
 * @param name the file's own name, e.g. the mapping name {@code ghl-to-onoffice}
 * @param hash the SHA-256 of {@code content}, lower-case hex
 * @param content the content, a canonical JSON rendering (same rules, same text)
 * @param recordedAt when the engine first used it
 */
public record RecordedVersion(
    String target,
    VersionKind kind,
    String version,
    String name,
    String hash,
    String content,
    Instant recordedAt) {

  /**
   * Validates the components.
   *
   * @param target the target
   * @param kind the kind
   * @param version the version
   * @param name the name
   * @param hash the content hash
   * @param content the content
   * @param recordedAt when first used
   */
  public RecordedVersion {
    LinkKey.requireText(target, "target");
    Objects.requireNonNull(kind, "kind");
    LinkKey.requireText(version, "version");
    Objects.requireNonNull(name, "name");
    LinkKey.requireText(hash, "hash");
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(recordedAt, "recordedAt");
  }

  /**
   * A version about to be recorded: the hash is computed from the content.
   *
   * @param target the target
   * @param kind the kind
   * @param version the version
   * @param name the name
   * @param content the canonical content
   * @param now the time of first use
   * @return the record
   */
  public static RecordedVersion of(
      String target, VersionKind kind, String version, String name, String content, Instant now) {
    return new RecordedVersion(target, kind, version, name, sha256(content), content, now);
  }

  /**
   * The SHA-256 of a text's UTF-8 bytes.
   *
   * @param content the text
   * @return lower-case hex, 64 characters
   */
  public static String sha256(String content) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(content.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }

  @Override
  public String toString() {
    return "RecordedVersion[" + target + " " + kind + " " + version + " sha256:" + hash + "]";
  }
}
