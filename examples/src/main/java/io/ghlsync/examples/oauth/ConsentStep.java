package io.ghlsync.examples.oauth;

/**
 * The user's part of the authorization: open the URL, choose the location, approve. With real GHL a
 * person does it in a browser; with the fake GHL {@link FakeGhlConsent} plays it.
 */
@FunctionalInterface
interface ConsentStep {
  /** A person opens the printed URL; nothing to do in the program. */
  ConsentStep PERSON = url -> {};

  /**
   * Performs the consent for an authorization URL; the redirect must then reach the listener.
   *
   * @param authorizationUrl the URL the program printed
   */
  void open(String authorizationUrl);
}
