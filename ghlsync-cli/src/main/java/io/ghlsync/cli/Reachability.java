package io.ghlsync.cli;

import io.ghlsync.onoffice.OnOfficeClient;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;

/**
 * Connects to every configured service once (TCP only, no request) before a command writes
 * anything, so that a wrong URL or a network problem stops the command with the key to fix.
 */
final class Reachability {
  private static final int TIMEOUT_MILLIS = 5_000;

  private Reachability() {}

  /**
   * Checks that GHL and every target accept connections.
   *
   * @param config the configuration
   * @throws CliFailure (exit code 2) naming the key of the first unreachable service
   */
  static void require(CliConfig config) {
    check(config.ghl().baseUrl(), "ghl.baseUrl");
    for (CliConfig.Target t : config.targets()) {
      check(
          t.url()
              .orElse(t.type() == CliConfig.TargetType.ONOFFICE ? OnOfficeClient.STABLE_URL : ""),
          t.key() + ".url");
    }
  }

  private static void check(String url, String key) {
    if (url.isEmpty()) {
      return;
    }
    URI uri = URI.create(url);
    String host = uri.getHost();
    int port = uri.getPort() > 0 ? uri.getPort() : "http".equals(uri.getScheme()) ? 80 : 443;
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(host, port), TIMEOUT_MILLIS);
    } catch (IOException | IllegalArgumentException e) {
      throw CliFailure.config(
          key,
          "cannot connect to "
              + host
              + ":"
              + port
              + " ("
              + e.getClass().getSimpleName()
              + (e.getMessage() == null ? "" : ": " + e.getMessage())
              + ")",
          "check the URL and the network; nothing was written");
    }
  }
}
