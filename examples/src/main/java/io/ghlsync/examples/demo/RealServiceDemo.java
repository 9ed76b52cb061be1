package io.ghlsync.examples.demo;

import io.ghlsync.core.Secret;
import io.ghlsync.examples.cli.ServiceFailures;
import io.ghlsync.ghl.GhlClient;
import io.ghlsync.ghl.oauth.GhlOAuth;
import io.ghlsync.ghl.oauth.GhlOAuthSetup;
import io.ghlsync.onoffice.OnOfficeClient;
import io.ghlsync.optmyzr.OptmyzrClient;
import io.ghlsync.sync.SyncEngine;
import io.ghlsync.sync.SyncEngineBuilder;
import io.ghlsync.sync.SyncTarget;
import io.ghlsync.sync.mapping.Mapping;
import io.ghlsync.sync.onoffice.OnOfficeTarget;
import io.ghlsync.sync.optmyzr.OptmyzrTarget;
import io.ghlsync.sync.store.AuditEntry;
import io.ghlsync.sync.target.TargetConnector;
import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import okhttp3.OkHttpClient;

/**
 * The quick start against the real services: a backfill of the configured GHL location to the
 * chosen targets (a limited number of search pages by default), the summary, and the audit trail of
 * the first contact written. Nothing is written to GHL; the engine reads it only.
 */
final class RealServiceDemo {
  private static final Duration BACKFILL_TIMEOUT = Duration.ofMinutes(30);

  /**
   * One connection pool for the three clients. OkHttp by default repeats a request silently when a
   * pooled connection fails, even a POST whose response was lost, which can create a record twice
   * in a real CRM; the clients' own retry policy decides instead.
   */
  private static final OkHttpClient HTTP =
      new OkHttpClient.Builder().retryOnConnectionFailure(false).build();

  private RealServiceDemo() {}

  /**
   * Runs the demo.
   *
   * @param options the command line
   * @param services the checked settings
   * @param mappings the mapping of each chosen target
   * @param out where to print
   * @param live whether the terminal is interactive
   * @return what happened
   */
  static DemoReport run(
      DemoOptions options,
      RealServices services,
      Map<DemoTarget, Mapping> mappings,
      PrintStream out,
      boolean live) {
    out.println("ghlsync quick start: real services");
    out.println(
        "  GHL       "
            + services.ghlBaseUrl()
            + "  location "
            + services.locationId()
            + " ("
            + (services.ghl() instanceof RealServices.PrivateToken
                ? "private-integration token"
                : "OAuth app token from the encrypted store")
            + ", read only)");
    services.onOffice().ifPresent(o -> out.println("  onOffice  " + o.url()));
    services.optmyzr().ifPresent(o -> out.println("  Optmyzr   " + o.contractUrl()));
    GhlClient ghl = ghlClient(services);
    // The H2 file persists, so a second run finds its links and writes nothing for unchanged data.
    DemoStore store =
        options.store() == DemoStore.Kind.H2
            ? DemoStore.persistentH2(
                options
                    .storeDir()
                    .orElse(
                        java.nio.file.Path.of(System.getProperty("user.home"), ".ghlsync", "demo")))
            : DemoStore.memory();
    out.println("  store     " + store.describe());
    SyncSummary summary = new SyncSummary();
    ProgressBar progress = new ProgressBar(out, live);
    // One engine for every target: a contact is read from GHL once and written to each.
    SyncEngineBuilder builder =
        SyncEngine.builder()
            .ghl(ghl)
            .store(store.store())
            .listener(summary)
            .listener(progress)
            // Smaller batches than the default 50 make the progress bar move more often.
            .batchSize(20);
    for (Map.Entry<DemoTarget, Mapping> e : mappings.entrySet()) {
      out.println(
          "  mapping   "
              + e.getKey().key()
              + ": "
              + e.getValue().name()
              + " version "
              + e.getValue().version());
      builder.addTarget(SyncTarget.builder(connector(e.getKey(), services), e.getValue()).build());
    }
    try (store;
        SyncEngine engine = builder.build()) {
      out.println();
      out.println(
          "[1/2] Backfill: up to "
              + options.maxPages()
              + " page(s) of 100 GHL contacts"
              + " with their tasks and notes (existing target records are found and linked, not"
              + " duplicated)");
      Map<String, Integer> queued =
          SyncPhases.backfill(
              out, engine, progress, services.locationId(), options.maxPages(), BACKFILL_TIMEOUT);
      out.println();
      out.println("[2/2] Results");
      SyncPhases.summary(out, summary, engine);
      Optional<String> story = summary.firstWrittenContact();
      List<AuditEntry> trail = List.of();
      if (story.isPresent()) {
        trail =
            ContactStory.print(
                out,
                engine,
                services.ghlBaseUrl(),
                services.locationId(),
                story.get(),
                store.describe()
                    + " (personal values masked as ***); a host plugs its own store into"
                    + " SyncEngine.builder().store(..)");
      } else {
        out.println("Nothing was written: the location has no contacts in the pages read.");
      }
      SyncPhases.requireNoDeadLetters(engine);
      out.println();
      out.println(
          "Done. To receive live changes, run the webhook receiver example"
              + " (examples/README.md).");
      return new DemoReport(
          false, queued, summary.snapshot(), 0, 0, 0, story.orElse(""), trail, List.of());
    }
  }

  private static GhlClient ghlClient(RealServices services) {
    try {
      GhlClient.Builder b =
          GhlClient.builder().baseUrl(services.ghlBaseUrl()).config(c -> c.okHttpClient(HTTP));
      if (services.ghl() instanceof RealServices.PrivateToken pit) {
        b.privateIntegrationToken(pit.token().reveal())
            .locationId(services.locationId())
            .grantedScopes("contacts.readonly");
      } else {
        RealServices.OAuthApp app = (RealServices.OAuthApp) services.ghl();
        GhlOAuth oauth =
            GhlOAuth.builder(app.clientId(), app.clientSecret())
                .baseUrl(services.ghlBaseUrl())
                .config(c -> c.okHttpClient(HTTP))
                .build();
        b.oauth(GhlOAuthSetup.location(oauth, app.store(), services.locationId()));
      }
      return b.build();
    } catch (RuntimeException e) {
      throw ServiceFailures.explain("setting up the GHL client", e);
    }
  }

  private static TargetConnector connector(DemoTarget target, RealServices services) {
    try {
      if (target == DemoTarget.ONOFFICE) {
        RealServices.OnOfficeAccess o = services.onOffice().orElseThrow();
        return OnOfficeTarget.builder(
                OnOfficeClient.builder()
                    .baseUrl(o.url())
                    .config(c -> c.okHttpClient(HTTP))
                    .token(o.token().reveal())
                    .secret(o.secret().reveal())
                    .build())
            .build();
      }
      RealServices.OptmyzrAccess o = services.optmyzr().orElseThrow();
      Secret key = o.apiKey();
      return OptmyzrTarget.builder(
              OptmyzrClient.builder()
                  .contractBaseUrl(o.contractUrl())
                  .apiKey(key)
                  .config(c -> c.okHttpClient(HTTP))
                  .build())
          .build();
    } catch (RuntimeException e) {
      throw ServiceFailures.explain("setting up the " + target.key() + " client", e);
    }
  }
}
