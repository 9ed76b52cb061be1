package io.ghlsync.core;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

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

  /**
   * The scopes a client may use: the token's granted scopes, narrowed (never widened) by the scopes
   * the host declared. A declared scope the token was not granted is refused.
   *
   * @param token the scopes the token carries, empty if the token does not say
   * @param declared the scopes declared on the client builder, empty if none were declared
   * @return the declared scopes when set (all of them granted), else the token's
   * @throws PermissionException if a declared scope is missing from the token's scopes
   */
  public static Optional<Set<String>> effective(
      Optional<Set<String>> token, Optional<Set<String>> declared) {
    if (declared.isEmpty()) {
      return token;
    }
    if (token.isPresent()) {
      Set<String> missing = new TreeSet<>(declared.get());
      missing.removeAll(token.get());
      if (!missing.isEmpty()) {
        String message =
            "grantedScopes declares "
                + String.join(", ", missing)
                + " but the token was granted only "
                + new TreeSet<>(token.get())
                + "; remove "
                + (missing.size() == 1 ? "it" : "them")
                + " from grantedScopes(...) or re-authorise the app with "
                + (missing.size() == 1 ? "it" : "them");
        throw new PermissionException(
            new ErrorDetails(0, null, List.of(message), "Forbidden", null, "client configuration"),
            null);
      }
    }
    return declared;
  }
}
