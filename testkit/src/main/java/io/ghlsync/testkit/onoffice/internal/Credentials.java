package io.ghlsync.testkit.onoffice.internal;

/** The API user's token and secret the fake accepts; rotating them rejects the old pair. */
public final class Credentials {
  private volatile String token;
  private volatile String secret;

  /**
   * Creates the credentials.
   *
   * @param token the token
   * @param secret the secret
   */
  public Credentials(String token, String secret) {
    this.token = token;
    this.secret = secret;
  }

  /** The accepted token. */
  public String token() {
    return token;
  }

  /** The accepted secret. */
  public String secret() {
    return secret;
  }

  /**
   * Replaces both.
   *
   * @param newToken the new token
   * @param newSecret the new secret
   */
  public synchronized void rotate(String newToken, String newSecret) {
    this.token = newToken;
    this.secret = newSecret;
  }
}
