package io.ghlsync.examples.webhook;

import io.ghlsync.examples.cli.ExampleFailure;
import io.ghlsync.examples.cli.ServiceFailures;
import io.ghlsync.ghl.webhook.WebhookHandler;
import io.ghlsync.ghl.webhook.WebhookHandlerBuilder;
import io.ghlsync.ghl.webhook.WebhookKeys;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;

/**
 * A GHL webhook receiver on the JDK's {@code HttpServer}: verifies the Ed25519 ({@code
 * X-GHL-Signature}) or legacy RSA ({@code X-WH-Signature}) signature over the raw body, rejects
 * stale and malformed deliveries (401/400), answers duplicates with 200 without processing them
 * again, and prints every event.
 *
 * <p>{@code --fake} runs it against an embedded fake GHL that sends signed events, one of them
 * twice, plus a forged copy, and exits. Without it, the receiver serves until Ctrl+C.
 */
public final class WebhookReceiverExample {
  private WebhookReceiverExample() {}

  /**
   * Runs the example.
   *
   * @param args see {@code --help}
   * @throws InterruptedException if interrupted while serving
   */
  public static void main(String[] args) throws InterruptedException {
    Outcome outcome = run(args, System.out, System.err);
    Optional<WebhookReceiver> serving = outcome.serving();
    if (serving.isPresent()) {
      WebhookReceiver receiver = serving.get();
      Runtime.getRuntime().addShutdownHook(new Thread(receiver::close, "receiver-shutdown"));
      new CountDownLatch(1).await();
    }
    System.exit(outcome.exitCode());
  }

  /**
   * What a run ended with.
   *
   * @param exitCode 0 on success, 1 when the run failed, 2 for bad usage
   * @param tally the verdicts of a {@code --fake} run
   * @param serving the running receiver of a real run (the caller closes it)
   */
  record Outcome(int exitCode, Optional<WebhookTally> tally, Optional<WebhookReceiver> serving) {}

  /**
   * Runs the example without blocking: a real run returns its running receiver.
   *
   * @param args the command line
   * @param out where to print
   * @param err where errors are printed
   * @return the outcome
   */
  static Outcome run(String[] args, PrintStream out, PrintStream err) {
    try {
      ReceiverOptions options = ReceiverOptions.parse(args);
      if (options.help()) {
        out.println(ReceiverOptions.usage());
        return new Outcome(0, Optional.empty(), Optional.empty());
      }
      if (options.fake()) {
        return new Outcome(0, Optional.of(FakeGhlDeliveries.run(options, out)), Optional.empty());
      }
      return new Outcome(0, Optional.empty(), Optional.of(serve(options, out)));
    } catch (ExampleFailure e) {
      err.println("error: " + e.getMessage());
      return new Outcome(e.exitCode(), Optional.empty(), Optional.empty());
    } catch (RuntimeException e) {
      String expected = ServiceFailures.describe(e);
      err.println("error: " + (expected.isEmpty() ? e.toString() : expected));
      if (expected.isEmpty()) {
        e.printStackTrace(err);
      }
      return new Outcome(ExampleFailure.RUN_FAILED, Optional.empty(), Optional.empty());
    }
  }

  /**
   * Starts the receiver for real GHL deliveries.
   *
   * @param options the command line
   * @param out where events are printed
   * @return the running receiver
   */
  static WebhookReceiver serve(ReceiverOptions options, PrintStream out) {
    WebhookKeys keys = WebhookKeys.documented();
    if (options.publicKey().isPresent()) {
      keys = keys.withEd25519Pem(readKey(options.publicKey().get()));
    }
    WebhookHandlerBuilder builder = WebhookHandler.builder().keys(keys);
    if (options.allowUnsigned()) {
      builder.allowUnsignedEvents(true);
    }
    WebhookHandler handler = builder.build();
    WebhookReceiver receiver;
    try {
      receiver =
          WebhookReceiver.start(
              new InetSocketAddress(options.host(), options.port()),
              options.path(),
              handler,
              new EventPrinter(out));
    } catch (UncheckedIOException e) {
      throw ExampleFailure.setup(e.getMessage() + "; choose another --port or --host");
    }
    out.println("Listening for GHL webhooks at " + receiver.url() + " (Ctrl+C to stop).");
    out.println(
        "Set it as your Marketplace app's webhook URL (through a tunnel when GHL cannot"
            + " reach this machine); events are printed below.");
    return receiver;
  }

  private static String readKey(Path file) {
    try {
      return Files.readString(file, StandardCharsets.US_ASCII);
    } catch (IOException e) {
      throw ExampleFailure.setup("cannot read the public key file " + file + ": " + e);
    }
  }
}
