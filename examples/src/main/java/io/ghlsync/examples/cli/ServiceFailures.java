package io.ghlsync.examples.cli;

import io.ghlsync.core.ApiException;
import io.ghlsync.core.AuthenticationException;
import io.ghlsync.core.NetworkException;
import io.ghlsync.core.PermissionException;
import io.ghlsync.core.RateLimitException;
import io.ghlsync.core.token.TokenRefreshException;
import io.ghlsync.core.token.TokenStoreException;
import io.ghlsync.sync.mapping.MappingException;
import java.io.UncheckedIOException;

/**
 * Turns the errors a user can cause or meet (wrong credentials, a missing scope, an unreachable
 * host) into an {@link ExampleFailure} with a plain message. Anything else is a bug and is handed
 * back unchanged, so that its stack trace is shown.
 */
public final class ServiceFailures {
  private ServiceFailures() {}

  /**
   * Explains a failure of one step.
   *
   * @param step what was being done, e.g. {@code "reading contacts from GHL"}
   * @param error what went wrong
   * @return an {@link ExampleFailure} for expected errors, otherwise {@code error} itself
   */
  public static RuntimeException explain(String step, RuntimeException error) {
    if (error instanceof ExampleFailure) {
      return error;
    }
    String message = describe(error);
    return message.isEmpty() ? error : ExampleFailure.run(step + " failed: " + message, error);
  }

  /**
   * A one-line description of an expected error.
   *
   * @param error the error
   * @return the description, or {@code ""} when the error is not an expected one
   */
  public static String describe(RuntimeException error) {
    if (error instanceof TokenRefreshException e) {
      return "the stored OAuth token can no longer be refreshed ("
          + e.reason()
          + "): "
          + e.getMessage();
    }
    if (error instanceof AuthenticationException e) {
      return "the credentials were rejected (HTTP "
          + e.statusCode()
          + "): "
          + e.getMessage()
          + ". Check the token, key or secret you configured.";
    }
    if (error instanceof PermissionException e) {
      return "permission denied (HTTP " + e.statusCode() + "): " + e.getMessage();
    }
    if (error instanceof RateLimitException e) {
      return "rate limited (HTTP "
          + e.statusCode()
          + "): "
          + e.getMessage()
          + ". Wait a little and run again.";
    }
    if (error instanceof NetworkException e) {
      return "the service could not be reached: "
          + e.getMessage()
          + ". Check the base URL and your network.";
    }
    if (error instanceof ApiException e) {
      return "the service answered HTTP " + e.statusCode() + ": " + e.getMessage();
    }
    if (error instanceof MappingException) {
      return "the mapping is invalid: " + error.getMessage();
    }
    if (error instanceof TokenStoreException) {
      return "the token store cannot be used: " + error.getMessage();
    }
    if (error instanceof UncheckedIOException e) {
      return String.valueOf(e.getMessage());
    }
    if (error instanceof IllegalArgumentException || error instanceof IllegalStateException) {
      return String.valueOf(error.getMessage());
    }
    return "";
  }
}
