package io.ghlsync.core;

import java.util.Optional;
import java.util.Set;

/** Least-privilege check shared by the clients: refuse before sending what a token cannot do. */
public final class Scopes {
  private Scopes() {}

  /**
   * Throws {@link PermissionException} when {@code granted} is known and lacks {@code required}.
   *
   * @param granted the scopes granted to the credential, empty if unknown
   * @param required the scope the operation needs
   * @param operation the operation name, for the message
   */
  public static void require(Optional<Set<String>> granted, String required, String operation) {
    if (granted.isPresent() && !granted.get().contains(required)) {
      throw new PermissionException(operation, required);
    }
  }
}
