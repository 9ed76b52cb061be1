package io.ghlsync.core.token;

import io.ghlsync.core.AuthenticationException;
import io.ghlsync.core.ErrorDetails;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The service refused to renew a token (or there is none to renew), so calls cannot continue until
 * the user acts: the message says what to do. Not retryable; {@link RefreshingTokenProvider} does
 * not ask the service again until a different token is stored, and it never overwrites the stored
 * token because of this failure.
 */
public class TokenRefreshException extends AuthenticationException {
  private static final long serialVersionUID = 1L;

  /** Why the token could not be renewed, each with the action that fixes it. */
  public enum Reason {
    /** The refresh token is used up, expired or revoked (e.g. OAuth {@code invalid_grant}). */
    INVALID_GRANT(
        "the refresh token is no longer valid (already used, expired, or the app was uninstalled"
            + " or its access revoked); re-authorise: send the user through the authorization URL"
            + " again (re-install the app) and store the new tokens"),
    /** The location, company or account the token acts for is not active. */
    RESOURCE_INACTIVE(
        "the location or company the token acts for is not active; re-activate it, then"
            + " re-install the app and store the new tokens"),
    /** The client id or secret was rejected. */
    INVALID_CLIENT("the client id or client secret was rejected; check the app's credentials"),
    /** No token is stored and none can be obtained without the user. */
    NOT_AUTHORISED(
        "no token is stored for it; run the authorization flow first and store its tokens"),
    /** Any other refusal. */
    REJECTED("the service refused to renew the token; re-authorise the app and store new tokens");

    private final String advice;

    Reason(String advice) {
      this.advice = advice;
    }

    /**
     * What the user must do, as a sentence fragment.
     *
     * @return the advice, e.g. to re-authorise the app
     */
    public String advice() {
      return advice;
    }
  }

  /** The key whose token could not be renewed. */
  private final TokenKey key;

  /** Why the token could not be renewed. */
  private final Reason reason;

  /** The OAuth error code (e.g. {@code invalid_grant}), or null. */
  private final @Nullable String error;

  /** What the service said, without the error code and advice. */
  private final List<String> serviceMessages;

  /**
   * Creates the exception.
   *
   * @param key the key whose token could not be renewed
   * @param reason why
   * @param statusCode the token endpoint's HTTP status, or 0 if no call was made
   * @param requestId the service's request id, or null
   * @param error the OAuth error code (e.g. {@code invalid_grant}), or null
   * @param messages what the service said (must not contain secrets)
   */
  public TokenRefreshException(
      TokenKey key,
      Reason reason,
      int statusCode,
      @Nullable String requestId,
      @Nullable String error,
      List<String> messages) {
    this(key, reason, statusCode, requestId, error, messages, null);
  }

  private TokenRefreshException(
      TokenKey key,
      Reason reason,
      int statusCode,
      @Nullable String requestId,
      @Nullable String error,
      List<String> messages,
      @Nullable Throwable cause) {
    super(details(key, reason, statusCode, requestId, error, messages), cause);
    this.key = key;
    this.reason = reason;
    this.error = error;
    this.serviceMessages = List.copyOf(messages);
  }

  /**
   * The same refusal reported again by a later call: equal content, this exception as its cause,
   * and the stack trace of the caller.
   *
   * @return a new exception
   */
  public TokenRefreshException again() {
    return new TokenRefreshException(
        key, reason, statusCode(), requestId().orElse(null), error, serviceMessages, this);
  }

  /**
   * An exception for a key that has no stored token.
   *
   * @param key the key
   * @return the exception
   */
  public static TokenRefreshException notAuthorised(TokenKey key) {
    return new TokenRefreshException(key, Reason.NOT_AUTHORISED, 0, null, null, List.of());
  }

  /**
   * The key whose token could not be renewed.
   *
   * @return the token key
   */
  public TokenKey key() {
    return key;
  }

  /**
   * Why the token could not be renewed.
   *
   * @return the reason, which carries the advice
   */
  public Reason reason() {
    return reason;
  }

  private static ErrorDetails details(
      TokenKey key,
      Reason reason,
      int statusCode,
      @Nullable String requestId,
      @Nullable String error,
      List<String> messages) {
    List<String> all = new ArrayList<>();
    if (error != null) {
      all.add(error);
    }
    all.addAll(messages);
    all.add(reason.advice());
    String context =
        "renewing the OAuth token for client "
            + key.clientId()
            + " and resource "
            + key.resourceId();
    return new ErrorDetails(statusCode, requestId, all, error, null, context);
  }
}
