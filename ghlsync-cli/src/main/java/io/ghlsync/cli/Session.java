package io.ghlsync.cli;

import io.ghlsync.core.RateLimitConfig;
import io.ghlsync.core.Secret;
import io.ghlsync.ghl.GhlClient;
import io.ghlsync.onoffice.OnOfficeClient;
import io.ghlsync.optmyzr.OptmyzrClient;
import io.ghlsync.sync.SyncEngine;
import io.ghlsync.sync.SyncEngineBuilder;
import io.ghlsync.sync.SyncListener;
import io.ghlsync.sync.SyncTarget;
import io.ghlsync.sync.enrich.Enrichment;
import io.ghlsync.sync.mapping.DefaultMappings;
import io.ghlsync.sync.mapping.Mapping;
import io.ghlsync.sync.mapping.MappingException;
import io.ghlsync.sync.mapping.MappingJson;
import io.ghlsync.sync.mapping.TransformFunctions;
import io.ghlsync.sync.model.DeletePolicy;
import io.ghlsync.sync.model.EntityKind;
import io.ghlsync.sync.onoffice.OnOfficeTarget;
import io.ghlsync.sync.optmyzr.OptmyzrTarget;
import io.ghlsync.sync.rules.ActivityRules;
import io.ghlsync.sync.score.DeclarativeScorer;
import io.ghlsync.sync.score.FieldCatalog;
import io.ghlsync.sync.store.SyncStore;
import io.ghlsync.sync.store.VersionChangedException;
import io.ghlsync.sync.target.TargetConnector;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Everything one command runs on, built from the configuration: the GHL clients (one per location),
 * the target clients and connectors, the store and the engine; in sandbox mode also the fake
 * services. Closing it closes all of them (the store's state stays in its database).
 */
final class Session implements AutoCloseable {
  final CliConfig config;
  final Map<String, GhlClient> ghl = new LinkedHashMap<>();
  final Map<String, OnOfficeClient> onOffice = new LinkedHashMap<>();
  final Map<String, OptmyzrClient> optmyzr = new LinkedHashMap<>();
  final Map<String, SyncTarget> targets = new LinkedHashMap<>();
  private final @Nullable Sandbox sandbox;
  private @Nullable StoreHandle store;
  private @Nullable SyncEngine engine;
  private final List<SyncEngine> planners = new ArrayList<>();

  private Session(CliConfig config) {
    this.config = config;
    this.sandbox = config.sandboxContacts().map(Sandbox::start).orElse(null);
  }

  /**
   * Builds the clients and connectors (nothing is contacted; the store is opened by {@link
   * #engine}).
   *
   * @param config the configuration
   * @return the session
   * @throws CliFailure (exit code 2) for a mapping, scoring or rules file that cannot be used
   */
  static Session open(CliConfig config) {
    Session session = new Session(config);
    try {
      session.buildClients();
      return session;
    } catch (RuntimeException e) {
      session.close();
      throw e;
    }
  }

  /**
   * Whether the fakes run in this process.
   *
   * @return the sandbox, if any
   */
  Optional<Sandbox> sandbox() {
    return Optional.ofNullable(sandbox);
  }

  /**
   * The GHL client of a location.
   *
   * @param locationId a configured location
   * @return the client
   * @throws CliFailure (exit code 2) for a location not in the configuration
   */
  GhlClient ghl(String locationId) {
    GhlClient client = ghl.get(locationId);
    if (client == null) {
      throw CliFailure.usage(
          "location "
              + locationId
              + " is not in the configuration (ghl.locations: "
              + config.ghl().locations()
              + ")");
    }
    return client;
  }

  /**
   * The location a command works on.
   *
   * @param given the {@code --location} option, if given
   * @return it, or the only configured location
   */
  String location(@Nullable String given) {
    if (given != null) {
      ghl(given);
      return given;
    }
    List<String> all = config.ghl().locations();
    if (all.size() > 1) {
      throw CliFailure.usage("several locations are configured; choose one with --location " + all);
    }
    return all.get(0);
  }

  /**
   * The engine, built (and the store opened) on first use. Reachability of every configured service
   * is checked first, so an unreachable one stops the command before anything is written.
   *
   * @param listeners listeners to add (e.g. the progress bar)
   * @return the engine
   */
  SyncEngine engine(SyncListener... listeners) {
    if (engine != null) {
      return engine;
    }
    if (sandbox == null) {
      Reachability.require(config);
    }
    StoreHandle handle = StoreHandle.open(config.store());
    this.store = handle;
    SyncEngineBuilder builder = builder(handle.store());
    targets.values().forEach(builder::addTarget);
    for (SyncListener l : listeners) {
      builder.listener(l);
    }
    engine = build(builder);
    return engine;
  }

  /**
   * An engine with one target only, for a dry run whose changes must be told apart by target.
   *
   * @param target the target's name
   * @return the engine (closed with the session)
   */
  SyncEngine planner(String target) {
    engine();
    SyncEngineBuilder builder = builder(java.util.Objects.requireNonNull(store).store());
    builder.addTarget(java.util.Objects.requireNonNull(targets.get(target), target));
    SyncEngine planner = build(builder);
    planners.add(planner);
    return planner;
  }

  private SyncEngine build(SyncEngineBuilder builder) {
    try {
      return builder.build();
    } catch (VersionChangedException e) {
      String key =
          config.targets().stream()
              .filter(t -> t.name().equals(e.loaded().target()))
              .map(t -> t.key() + "." + e.loaded().kind().name().toLowerCase(Locale.ROOT))
              .findFirst()
              .orElse("targets");
      throw CliFailure.config(
          key,
          String.valueOf(e.getMessage()),
          "give the changed file a new version (the audit names versions, so one version must"
              + " always mean one content)");
    }
  }

  private SyncEngineBuilder builder(SyncStore syncStore) {
    SyncEngineBuilder builder =
        SyncEngine.builder()
            .ghl(this::ghl)
            .store(syncStore)
            .retry(config.retry())
            .workers(config.workers())
            .batchSize(config.batchSize())
            .searchPageSize(config.pageSize())
            .idlePoll(Duration.ofMillis(50))
            // Sandbox data is synthetic; real personal values stay masked in the audit.
            .revealPersonalDataInAudit(sandbox != null);
    config.defaultRegion().ifPresent(r -> builder.enrichment(Enrichment.defaults(r)));
    return builder;
  }

  /**
   * The store (opened with the engine).
   *
   * @return the store
   */
  SyncStore store() {
    engine();
    return java.util.Objects.requireNonNull(store).store();
  }

  private void buildClients() {
    for (String location : config.ghl().locations()) {
      ghl.put(location, ghlClient(location));
    }
    FieldCatalog catalog =
        FieldCatalog.of(config.defaultRegion().map(Enrichment::defaults).orElse(Enrichment.none()));
    for (CliConfig.Target t : config.targets()) {
      TargetConnector connector;
      Mapping mapping;
      if (t.type() == CliConfig.TargetType.ONOFFICE) {
        OnOfficeClient client = onOfficeClient(t);
        onOffice.put(t.name(), client);
        connector = OnOfficeTarget.builder(client).name(t.name()).build();
        mapping = mapping(t, DefaultMappings::onOffice);
      } else {
        OptmyzrClient client = optmyzrClient(t);
        optmyzr.put(t.name(), client);
        connector = OptmyzrTarget.builder(client).name(t.name()).build();
        mapping = mapping(t, DefaultMappings::optmyzr);
      }
      SyncTarget.Builder target = SyncTarget.builder(connector, mapping);
      for (Map.Entry<EntityKind, DeletePolicy> d : t.onDelete().entrySet()) {
        if (!connector.capabilities().supports(d.getKey(), d.getValue())) {
          String kind = d.getKey().name().toLowerCase(Locale.ROOT);
          throw CliFailure.config(
              t.key() + ".onDelete." + kind,
              t.name()
                  + " cannot "
                  + d.getValue().name().toLowerCase(Locale.ROOT)
                  + " "
                  + kind
                  + " records",
              "use one of "
                  + Arrays.stream(DeletePolicy.values())
                      .filter(p -> connector.capabilities().supports(d.getKey(), p))
                      .map(p -> p.name().toLowerCase(Locale.ROOT))
                      .toList());
        }
        target.onDelete(d.getKey(), d.getValue());
      }
      try {
        t.scoring().ifPresent(p -> target.scorer(DeclarativeScorer.load(p, catalog)));
        t.rules().ifPresent(p -> target.activityRules(ActivityRules.load(p, catalog.withScore())));
      } catch (IllegalArgumentException | UncheckedIOException e) {
        throw CliFailure.config(
            t.key() + (t.rules().isPresent() ? ".scoring/rules" : ".scoring"),
            "cannot be used: " + e.getMessage(),
            "fix the file (see sync-core/README.md)");
      }
      targets.put(t.name(), target.build());
    }
  }

  private static Mapping mapping(CliConfig.Target t, java.util.function.Supplier<Mapping> builtIn) {
    try {
      return t.mapping().isPresent()
          ? MappingJson.load(t.mapping().get(), TransformFunctions.none())
          : builtIn.get();
    } catch (MappingException | UncheckedIOException e) {
      throw CliFailure.config(
          t.key() + ".mapping",
          "cannot be used: " + e.getMessage(),
          "fix the rule it names (keys are documented in sync-core/README.md)");
    }
  }

  private GhlClient ghlClient(String location) {
    GhlClient.Builder b = GhlClient.builder().locationId(location);
    if (sandbox != null) {
      return b.baseUrl(sandbox.ghl.baseUrl())
          .privateIntegrationToken(sandbox.token(config.ghl().scopes().toArray(String[]::new)))
          .grantedScopes(config.ghl().scopes().toArray(String[]::new))
          .rateLimit(RateLimitConfig.perWindow(Sandbox.REQUESTS_PER_WINDOW, Sandbox.WINDOW))
          .build();
    }
    return b.baseUrl(config.ghl().baseUrl())
        .privateIntegrationToken(config.ghl().privateToken().orElseThrow().reveal())
        .grantedScopes(config.ghl().scopes().toArray(String[]::new))
        .build();
  }

  private OnOfficeClient onOfficeClient(CliConfig.Target t) {
    OnOfficeClient.Builder b = OnOfficeClient.builder();
    if (sandbox != null) {
      return b.baseUrl(sandbox.onOffice.url())
          .token(sandbox.onOffice.token())
          .secret(sandbox.onOffice.secret())
          .build();
    }
    t.url().ifPresent(b::baseUrl);
    return b.token(secret(t, "token")).secret(secret(t, "secret")).build();
  }

  private OptmyzrClient optmyzrClient(CliConfig.Target t) {
    OptmyzrClient.Builder b = OptmyzrClient.builder();
    if (sandbox != null) {
      return b.contractBaseUrl(sandbox.optmyzr.baseUrl())
          .apiKey(Secret.of(sandbox.optmyzr.apiKey(), "apiKey"))
          .config(
              c ->
                  c.rateLimit(
                      RateLimitConfig.perWindow(Sandbox.REQUESTS_PER_WINDOW, Sandbox.WINDOW)))
          .build();
    }
    return b.contractBaseUrl(t.url().orElseThrow())
        .apiKey(java.util.Objects.requireNonNull(t.credentials().get("apiKey")))
        .build();
  }

  private static String secret(CliConfig.Target t, String name) {
    return java.util.Objects.requireNonNull(t.credentials().get(name), name).reveal();
  }

  @Override
  public void close() {
    List<RuntimeException> failures = new ArrayList<>();
    List<AutoCloseable> all = new ArrayList<>();
    all.addAll(planners);
    if (engine != null) {
      all.add(engine);
    }
    all.addAll(ghl.values());
    all.addAll(onOffice.values());
    all.addAll(optmyzr.values());
    if (store != null) {
      all.add(store);
    }
    if (sandbox != null) {
      all.add(sandbox);
    }
    for (AutoCloseable c : all) {
      try {
        c.close();
      } catch (Exception e) {
        failures.add(new IllegalStateException("closing " + c.getClass().getSimpleName(), e));
      }
    }
    if (!failures.isEmpty()) {
      throw failures.get(0);
    }
  }
}
