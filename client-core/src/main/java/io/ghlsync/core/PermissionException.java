package io.ghlsync.core;

import org.jspecify.annotations.Nullable;

/** 403, or a call the granted scopes do not allow (raised before sending). */
public class PermissionException extends ApiException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception from parsed error details.
   *
   * @param details what the response said
   * @param cause the cause, or null
   */
  public PermissionException(ErrorDetails details, @Nullable Throwable cause) {
    super(details, false, cause);
  }

  /**
   * Creates a client-side refusal: the call needs a scope the credential was not granted.
   *
   * @param operation the operation refused, e.g. {@code "contacts.create"}
   * @param missingScope the scope the credential lacks, e.g. {@code "contacts.write"}
   */
  public PermissionException(String operation, String missingScope) {
    super(
        new ErrorDetails(
            0,
            null,
            java.util.List.of("token lacks scope " + missingScope + "; re-authorise with it"),
            "Forbidden",
            null,
            operation + " refused before sending"),
        false,
        null);
  }
}
