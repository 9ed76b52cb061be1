package io.ghlsync.examples.oauth;

import io.ghlsync.core.token.TokenKey;
import io.ghlsync.core.token.TokenStore;
import io.ghlsync.examples.cli.ExampleFailure;
import io.ghlsync.examples.cli.ServiceFailures;
import io.ghlsync.ghl.GhlClient;
import io.ghlsync.ghl.model.Contact;
import io.ghlsync.ghl.model.SearchContactsRequest;
import io.ghlsync.ghl.oauth.AuthorizationRequest;
import io.ghlsync.ghl.oauth.GhlOAuth;
import io.ghlsync.ghl.oauth.GhlOAuthSetup;
import io.ghlsync.ghl.oauth.GhlTokenResponse;
import io.ghlsync.ghl.oauth.UserType;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The OAuth 2.0 authorization-code flow for a GHL Marketplace app, step by step: authorization URL
 * with a random {@code state}, loopback redirect listener, code exchange (state checked), tokens
 * stored encrypted, then {@code contacts().get} with a client that refreshes the token by itself.
 */
final class OAuthFlow {
  private OAuthFlow() {}

  /**
   * Runs the flow.
   *
   * @param settings the app and where to store tokens
   * @param consent who opens the URL and approves
   * @param out where the steps are printed (never a token)
   * @return what was achieved
   */
  static OAuthResult run(OAuthSettings settings, ConsentStep consent, PrintStream out) {
    try (RedirectListener listener = RedirectListener.start(settings.redirectUri())) {
      GhlOAuth.Builder builder =
          GhlOAuth.builder(settings.clientId(), settings.clientSecret())
              .redirectUri(listener.redirectUri().toString())
              .scopes(settings.scopes())
              .baseUrl(settings.baseUrl());
      settings.authorizationUrl().ifPresent(builder::authorizationUrl);
      GhlOAuth oauth = builder.build();
      AuthorizationRequest request = oauth.authorizationRequest();
      out.println(
          "1. Open this URL in a browser logged in to GHL, choose the location and approve"
              + " (scopes: "
              + String.join(" ", settings.scopes())
              + "):");
      out.println("   " + request.url());
      out.println(
          "2. Waiting up to "
              + settings.timeout().toSeconds()
              + " s for the redirect to "
              + listener.redirectUri()
              + " ...");
      consent.open(request.url());
      RedirectListener.Redirect redirect = listener.await(settings.timeout());
      if (redirect.code().isEmpty()) {
        throw ExampleFailure.run(
            "GHL did not authorise the app: "
                + redirect.error().orElse("?")
                + "; approve the app on the consent screen and run again",
            null);
      }
      GhlTokenResponse tokens = exchange(oauth, request, redirect);
      String location =
          tokens
              .locationId()
              .orElseThrow(
                  () ->
                      ExampleFailure.run(
                          "the token is not for a location; install the app on a location (sub-account)",
                          null));
      out.println(
          "3. Code exchanged (state verified): location "
              + location
              + ", scopes "
              + tokens.scopes()
              + tokens
                  .expiresIn()
                  .map(d -> ", expires in " + d.toHours() + " h " + d.toMinutesPart() + " min")
                  .orElse("")
              + ". Token values are never printed.");
      TokenStore store = EncryptedTokens.open(settings.tokenDir(), settings.key());
      TokenKey key = oauth.save(tokens, store);
      out.println(
          "4. Tokens stored encrypted (AES-256-GCM, key id "
              + settings.key().id()
              + ") in "
              + settings.tokenDir()
              + " under ("
              + key.clientId()
              + ", "
              + key.resourceId()
              + ")"
              + (appearsInFiles(settings.tokenDir(), tokens.accessToken().reveal())
                  ? "; WARNING: the access token is readable in a file there"
                  : "; the access token appears in no file there")
              + ".");
      GhlClient ghl =
          GhlClient.builder()
              .baseUrl(settings.baseUrl())
              .oauth(GhlOAuthSetup.location(oauth, store, location))
              .build();
      Contact contact = readContact(ghl, settings);
      String id = contact.id();
      String name = contact.name().or(() -> contact.firstName()).orElse("(no name)");
      out.println(
          "5. contacts().get(\""
              + id
              + "\") with the stored token: "
              + name
              + ". The client refreshes the token by itself before it expires.");
      return new OAuthResult(key, tokens.scopes(), settings.tokenDir(), id, name);
    }
  }

  private static GhlTokenResponse exchange(
      GhlOAuth oauth, AuthorizationRequest request, RedirectListener.Redirect redirect) {
    try {
      return oauth.exchangeCode(
          request, redirect.state().orElse(""), redirect.code().orElseThrow(), UserType.LOCATION);
    } catch (RuntimeException e) {
      throw ServiceFailures.explain("exchanging the authorization code", e);
    }
  }

  private static Contact readContact(GhlClient ghl, OAuthSettings settings) {
    try {
      String id =
          settings.contactId().isPresent()
              ? settings.contactId().get()
              : ghl
                  .contacts()
                  .search(SearchContactsRequest.builder().pageLimit(1).build())
                  .items()
                  .stream()
                  .findFirst()
                  .map(Contact::id)
                  .orElseThrow(
                      () ->
                          ExampleFailure.run(
                              "the location has no contacts to read; add one or pass --contact-id",
                              null));
      return ghl.contacts().get(id);
    } catch (RuntimeException e) {
      throw ServiceFailures.explain("reading a contact with the stored token", e);
    }
  }

  /** Whether a text appears in any file of a folder (to show that tokens are stored encrypted). */
  private static boolean appearsInFiles(Path dir, String text) {
    byte[] needle = text.getBytes(StandardCharsets.UTF_8);
    try (Stream<Path> files = Files.walk(dir)) {
      List<Path> regular = files.filter(Files::isRegularFile).toList();
      for (Path f : regular) {
        if (new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1)
            .contains(new String(needle, StandardCharsets.ISO_8859_1))) {
          return true;
        }
      }
      return false;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the token folder " + dir, e);
    }
  }
}
