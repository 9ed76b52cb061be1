package io.ghlsync.examples.webhook;

import io.ghlsync.examples.cli.Arguments;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;

/**
 * The webhook receiver example's command line.
 *
 * @param fake run against an embedded fake GHL, then exit
 * @param host the interface to listen on
 * @param port the port (0 for any free one)
 * @param path the endpoint path
 * @param publicKey an extra Ed25519 public key (PEM file) to accept signatures from
 * @param allowUnsigned accept unsigned requests (local testing only)
 * @param help print the usage and stop
 */
record ReceiverOptions(
    boolean fake,
    String host,
    int port,
    String path,
    Optional<Path> publicKey,
    boolean allowUnsigned,
    boolean help) {

  /** The port the receiver listens on unless told otherwise. */
  static final int DEFAULT_PORT = 8080;

  /** The endpoint path unless told otherwise. */
  static final String DEFAULT_PATH = "/webhooks/ghl";

  /**
   * Parses the command line.
   *
   * @param args the program arguments
   * @return the options
   */
  static ReceiverOptions parse(String[] args) {
    Arguments a =
        Arguments.parse(
            args, Set.of("fake", "allow-unsigned"), Set.of("host", "port", "path", "public-key"));
    String path = a.value("path").orElse(DEFAULT_PATH);
    return new ReceiverOptions(
        a.flag("fake"),
        a.value("host").orElse("127.0.0.1"),
        a.intValue("port", DEFAULT_PORT, 0, 65_535),
        path.startsWith("/") ? path : "/" + path,
        a.path("public-key"),
        a.flag("allow-unsigned"),
        a.flag("help"));
  }

  /**
   * The usage text.
   *
   * @return the text
   */
  static String usage() {
    return String.join(
        "\n",
        "Usage: WebhookReceiverExample [options]",
        "",
        "Receives GHL webhooks on a JDK HttpServer: verifies the signature over the raw body,",
        "rejects stale or replayed deliveries, reports duplicates, prints each event.",
        "",
        "  --fake             run against an embedded fake GHL that sends signed events, then exit",
        "  --host HOST        interface to listen on (default 127.0.0.1; expose it with a tunnel)",
        "  --port N           port (default " + DEFAULT_PORT + ")",
        "  --path PATH        endpoint path (default " + DEFAULT_PATH + ")",
        "  --public-key FILE  also accept X-GHL-Signature from this Ed25519 public key (PEM),",
        "                     e.g. after GHL rotates its key",
        "  --allow-unsigned   accept requests without a signature (local testing only)",
        "  --help             show this text");
  }
}
