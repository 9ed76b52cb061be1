package io.ghlsync.core;

/**
 * Supplies the current credentials of type {@code C} on every request, so that keys and secrets can
 * rotate without restarting the host (read them from a vault, a file, the environment...).
 *
 * <p>Example: {@code CredentialProvider<OnOfficeCredentials> p = () -> vault.read("onoffice");}
 *
 * @param <C> the credential type of a client
 */
@FunctionalInterface
public interface CredentialProvider<C> {

  /**
   * The credentials to use for the next request; called once per request.
   *
   * @return the current credentials
   */
  C current();

  /**
   * A provider that always returns the same credentials.
   *
   * @param credentials the credentials
   * @param <C> their type
   * @return the provider
   */
  static <C> CredentialProvider<C> of(C credentials) {
    return () -> credentials;
  }
}
