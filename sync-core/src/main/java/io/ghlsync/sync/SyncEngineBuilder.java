package io.ghlsync.sync;

import io.ghlsync.core.RetryConfig;
import io.ghlsync.ghl.GhlClient;
import io.ghlsync.ghl.model.SearchContactsRequest;
import io.ghlsync.sync.enrich.ContactActivity;
import io.ghlsync.sync.enrich.Enrichment;
import io.ghlsync.sync.internal.EngineConfig;
import io.ghlsync.sync.internal.Insights;
import io.ghlsync.sync.internal.Listeners;
import io.ghlsync.sync.internal.ReadOptions;
import io.ghlsync.sync.internal.Reconciler;
import io.ghlsync.sync.internal.VersionRecorder;
import io.ghlsync.sync.mapping.E164;
import io.ghlsync.sync.mapping.Mapping;
import io.ghlsync.sync.model.DeletePolicy;
import io.ghlsync.sync.model.EntityKind;
import io.ghlsync.sync.rules.ActivityRules;
import io.ghlsync.sync.rules.RuleMemory;
import io.ghlsync.sync.rules.TaskAction;
import io.ghlsync.sync.score.ContactScorer;
import io.ghlsync.sync.store.InMemorySyncStore;
import io.ghlsync.sync.store.SyncStore;
import io.ghlsync.sync.target.TargetConnector;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Builds a {@link SyncEngine}. Required: a GHL client and a target with its mapping ({@link
 * #target} and {@link #mapping}, and/or one {@link #addTarget} per further target); everything else
 * has a default (in-memory store, deletes ignored, 2 workers, batches of 50, 5 attempts with
 * backoff from 1 s to 1 min).
 */
public final class SyncEngineBuilder {
  private @Nullable Function<String, GhlClient> ghl;
  private @Nullable TargetConnector target;
  private @Nullable Mapping mapping;
  private final List<SyncTarget> added = new ArrayList<>();
  private @Nullable String name;
  private @Nullable SyncStore store;
  private final Map<EntityKind, DeletePolicy> deletes = new EnumMap<>(EntityKind.class);
  private RetryConfig retry = new RetryConfig(5, Duration.ofSeconds(1), Duration.ofMinutes(1), 0.2);
  private int workers = 2;
  private int ghlConcurrency = 8;
  private int batchSize = 50;
  private Duration leaseDuration = Duration.ofMinutes(5);
  private String defaultCallingCode = "";
  private @Nullable String idField;
  private boolean revealPersonalData;
  private Clock clock = Clock.systemUTC();
  private final List<SyncListener> listeners = new ArrayList<>();
  private Duration idlePoll = Duration.ofMillis(200);
  private int searchPageSize = SearchContactsRequest.MAX_PAGE_LIMIT;
  private boolean useSearchResults = ReadOptions.DEFAULTS.useSearchResults();
  private int searchResultsKept = ReadOptions.DEFAULTS.keptSearchResults();
  private int maxQueued;
  private List<String> reconcileLocations = List.of();
  private Duration pollEvery = Reconciler.Schedule.NONE.pollEvery();
  private Duration sweepEvery = Reconciler.Schedule.NONE.sweepEvery();
  private @Nullable Duration inactiveEvery;
  private Enrichment enrichment = Enrichment.none();
  private @Nullable ContactScorer scorer;
  private @Nullable ActivityRules activityRules;
  private @Nullable RuleMemory ruleMemory;

  SyncEngineBuilder() {}

  /**
   * Uses one GHL client for every location (e.g. a client built with a location's token).
   *
   * @param client the client
   * @return this builder
   */
  public SyncEngineBuilder ghl(GhlClient client) {
    this.ghl = location -> client;
    return this;
  }

  /**
   * Uses a GHL client per location (e.g. one OAuth location token each). All workers share each
   * client, and with it the client's rate limiter.
   *
   * @param clientForLocation returns the client of a location id
   * @return this builder
   */
  public SyncEngineBuilder ghl(Function<String, GhlClient> clientForLocation) {
    this.ghl = clientForLocation;
    return this;
  }

  /**
   * Sets the target CRM.
   *
   * @param value the connector
   * @return this builder
   */
  public SyncEngineBuilder target(TargetConnector value) {
    this.target = value;
    return this;
  }

  /**
   * Adds another target: each work item reads its contact from GHL once and hands it to every
   * target (the one set with {@link #target} first, then these in order). Each target keeps its own
   * links and dead letters.
   *
   * @param value the target with its mapping and policies
   * @return this builder
   */
  public SyncEngineBuilder addTarget(SyncTarget value) {
    added.add(value);
    return this;
  }

  /**
   * Names the engine: the scope of its queue, seen webhook ids and GHL-side cursors in the store
   * (default: the target names joined with {@code +}, e.g. {@code onoffice+optmyzr}). Engines that
   * share a store must have different names.
   *
   * @param value the name
   * @return this builder
   */
  public SyncEngineBuilder name(String value) {
    if (value.isBlank()) {
      throw new IllegalArgumentException("name must not be blank");
    }
    this.name = value;
    return this;
  }

  /**
   * Adds derived fields to each contact before it is mapped, for every target (see {@link
   * Enrichment}); mappings, scoring and rules read them as {@code $enriched.<field>}. Default:
   * none.
   *
   * @param value e.g. {@code Enrichment.defaults("DE")}
   * @return this builder
   */
  public SyncEngineBuilder enrichment(Enrichment value) {
    this.enrichment = value;
    return this;
  }

  /**
   * Scores each contact for {@link #target}; its mapping reads {@code $score.value}, {@code
   * $score.reasons}, {@code $score.reasonText} and {@code $score.version}, and the audit records
   * the scorer's version with each write. Further targets take theirs from {@link
   * SyncTarget.Builder#scorer}.
   *
   * @param value e.g. {@code DeclarativeScorer.load(path, FieldCatalog.of(enrichment))}
   * @return this builder
   */
  public SyncEngineBuilder scorer(ContactScorer value) {
    this.scorer = value;
    return this;
  }

  /**
   * Creates tasks for {@link #target} from the contacts' changes, once per (rule, contact, change).
   * Further targets take theirs from {@link SyncTarget.Builder#activityRules}.
   *
   * @param value the rules
   * @return this builder
   */
  public SyncEngineBuilder activityRules(ActivityRules value) {
    this.activityRules = value;
    return this;
  }

  /**
   * Where activity rules keep facts and firings (default: the store's {@link
   * SyncStore#ruleMemory()}, durable with a durable store; the in-memory store's is forgotten on
   * restart, after which rules fire again for changes seen before).
   *
   * @param value the memory
   * @return this builder
   */
  public SyncEngineBuilder ruleMemory(RuleMemory value) {
    this.ruleMemory = value;
    return this;
  }

  /**
   * Sets the mapping.
   *
   * @param value the mapping
   * @return this builder
   */
  public SyncEngineBuilder mapping(Mapping value) {
    this.mapping = value;
    return this;
  }

  /**
   * Sets the store (default: a new {@link InMemorySyncStore} on the engine's clock). The store
   * keeps its own clock for leases and not-before times.
   *
   * @param value the store
   * @return this builder
   */
  public SyncEngineBuilder store(SyncStore value) {
    this.store = value;
    return this;
  }

  /**
   * Sets what happens in the target when a record of a kind is deleted in GHL (default {@link
   * DeletePolicy#IGNORE}). The target must support the policy.
   *
   * @param kind the record kind
   * @param policy the policy
   * @return this builder
   */
  public SyncEngineBuilder onDelete(EntityKind kind, DeletePolicy policy) {
    deletes.put(kind, policy);
    return this;
  }

  /**
   * Sets attempts and backoff per work item (the core {@link RetryConfig}: attempts, first delay,
   * longest delay, jitter).
   *
   * @param value the retry settings
   * @return this builder
   */
  public SyncEngineBuilder retry(RetryConfig value) {
    this.retry = value;
    return this;
  }

  /**
   * Sets the number of worker threads, i.e. how many batches run at once (default 2).
   *
   * @param value 1 to 64
   * @return this builder
   */
  public SyncEngineBuilder workers(int value) {
    this.workers = check(value, 1, 64, "workers");
    return this;
  }

  /**
   * Sets how many contacts of one batch are fetched from GHL at once (default 8; 1 fetches them one
   * after the other in the worker's thread). Each fetch reads the contact, its tasks and its notes;
   * the reads of all workers still pass the GHL client's shared rate limiter, so this shortens a
   * batch's waiting on the network without raising the request rate above the limit.
   *
   * @param value 1 to 64
   * @return this builder
   */
  public SyncEngineBuilder ghlConcurrency(int value) {
    this.ghlConcurrency = check(value, 1, 64, "ghlConcurrency");
    return this;
  }

  /**
   * Sets how many contacts one batch holds (default 50). Larger batches mean fewer target requests
   * for batching targets.
   *
   * @param value 1 to 1000
   * @return this builder
   */
  public SyncEngineBuilder batchSize(int value) {
    this.batchSize = check(value, 1, 1000, "batchSize");
    return this;
  }

  /**
   * Sets how long a worker holds its items before another may take them over (default 5 min). Keep
   * it well above the longest retry backoff.
   *
   * @param value the lease duration
   * @return this builder
   */
  public SyncEngineBuilder leaseDuration(Duration value) {
    if (value.compareTo(Duration.ofSeconds(1)) < 0) {
      throw new IllegalArgumentException("leaseDuration must be at least 1 second: " + value);
    }
    this.leaseDuration = value;
    return this;
  }

  /**
   * Sets the calling code used to normalise national phone numbers for duplicate searches, e.g.
   * {@code "49"} (default: none, so only international numbers are searched).
   *
   * @param value 1 to 3 digits, or {@code ""}
   * @return this builder
   */
  public SyncEngineBuilder defaultCallingCode(String value) {
    this.defaultCallingCode = E164.checkCallingCode(value);
    return this;
  }

  /**
   * Writes each contact's target id back to a GHL custom field ("sync ids back").
   *
   * @param customFieldId the GHL custom field id
   * @return this builder
   */
  public SyncEngineBuilder syncIdsBack(String customFieldId) {
    if (customFieldId.isBlank()) {
      throw new IllegalArgumentException("customFieldId must not be blank");
    }
    this.idField = customFieldId;
    return this;
  }

  /**
   * Shows personal values in audit diffs instead of masking them (default false).
   *
   * @param value true to opt in
   * @return this builder
   */
  public SyncEngineBuilder revealPersonalDataInAudit(boolean value) {
    this.revealPersonalData = value;
    return this;
  }

  /**
   * Sets the clock (tests).
   *
   * @param value the clock
   * @return this builder
   */
  public SyncEngineBuilder clock(Clock value) {
    this.clock = value;
    return this;
  }

  /**
   * Adds a progress listener.
   *
   * @param value the listener
   * @return this builder
   */
  public SyncEngineBuilder listener(SyncListener value) {
    listeners.add(value);
    return this;
  }

  /**
   * Sets how long an idle worker waits before it looks at the queue again (default 200 ms); new
   * work wakes it at once.
   *
   * @param value the wait
   * @return this builder
   */
  public SyncEngineBuilder idlePoll(Duration value) {
    if (value.isNegative() || value.isZero()) {
      throw new IllegalArgumentException("idlePoll must be positive: " + value);
    }
    this.idlePoll = value;
    return this;
  }

  /**
   * Sets the page size of polling and backfill searches (default 500, GHL's maximum: the fewest
   * search requests per contact).
   *
   * @param value 1 to 500
   * @return this builder
   */
  public SyncEngineBuilder searchPageSize(int value) {
    this.searchPageSize = check(value, 1, 500, "searchPageSize");
    return this;
  }

  /**
   * Whether a contact read by a backfill, poll or sweep search page stands in for {@code GET
   * /contacts/{id}} when its work item runs (default true: the page holds the full contact, so a
   * backfill spends one request per contact fewer). GHL's spec leaves the search response
   * undefined; the engine checks that pages carry the fields the mappings read (a page record
   * without one is fetched and compared, and a location whose pages turn out partial is fetched
   * contact by contact, logged once). Set false for a host whose search results are known to be
   * partial: every work item then GETs its contact.
   *
   * @param value true to use search results
   * @return this builder
   */
  public SyncEngineBuilder useSearchResults(boolean value) {
    this.useSearchResults = value;
    return this;
  }

  /**
   * Reconciles these locations on a schedule once the engine {@linkplain SyncEngine#start()
   * starts}: a {@link SyncEngine#poll} every 15 minutes (see {@link #reconcileEvery}) catches the
   * contact changes whose webhook was lost (GHL gives up on a delivery after a few retries). The
   * first poll of a location queues every contact, whose reads come from the poll's search pages.
   *
   * @param locationIds the GHL locations
   * @return this builder
   */
  public SyncEngineBuilder reconcile(String... locationIds) {
    List<String> ids = List.of(locationIds);
    for (String id : ids) {
      if (id.isBlank()) {
        throw new IllegalArgumentException("reconcile: a locationId must not be blank");
      }
    }
    this.reconcileLocations = ids;
    return this;
  }

  /**
   * How often the {@link #reconcile} locations are polled and swept. A sweep ({@link
   * SyncEngine#sweep}) re-reads every contact's tasks and notes, whose changes a poll cannot see;
   * it costs about as much as a backfill (see the README's rate-budget section), so run it rarely.
   *
   * @param poll the time between polls (default 15 minutes; at least 1 second)
   * @param sweep the time between sweeps ({@link Duration#ZERO}, the default: never)
   * @return this builder
   */
  public SyncEngineBuilder reconcileEvery(Duration poll, Duration sweep) {
    if (poll.compareTo(Duration.ofSeconds(1)) < 0 || sweep.isNegative()) {
      throw new IllegalArgumentException(
          "reconcileEvery needs a poll interval of at least 1 s and a sweep interval of 0 (never)"
              + " or more: "
              + poll
              + ", "
              + sweep);
    }
    this.pollEvery = poll;
    this.sweepEvery = sweep;
    return this;
  }

  /**
   * How often a {@linkplain SyncEngine#start() started} engine looks for contacts that went quiet
   * ({@link SyncEngine#sweepInactive()}, for "no activity for N days" rules; it reads the rule
   * memory in the store, not GHL). Default: hourly when activity rules are set, never otherwise.
   *
   * @param every the time between sweeps (at least 1 second; {@link Duration#ZERO}: never)
   * @return this builder
   */
  public SyncEngineBuilder sweepInactiveEvery(Duration every) {
    if (every.isNegative() || (!every.isZero() && every.compareTo(Duration.ofSeconds(1)) < 0)) {
      throw new IllegalArgumentException(
          "sweepInactiveEvery needs 0 (never) or at least 1 s: " + every);
    }
    this.inactiveEvery = every;
    return this;
  }

  /**
   * Refuses webhook events while this many items wait in the queue (ready or delayed): {@link
   * SyncEngine#submit} answers {@code RETRY_LATER} and the engine's webhook handler 429, so GHL
   * delivers them again later (up to 6 times, about 10 minutes apart) instead of the queue growing
   * without bound. Default 0: no bound; with a bound, each event first counts the queue.
   *
   * @param value 0 (no bound) to {@link Integer#MAX_VALUE}
   * @return this builder
   */
  public SyncEngineBuilder maxQueued(int value) {
    this.maxQueued = check(value, 0, Integer.MAX_VALUE, "maxQueued");
    return this;
  }

  /**
   * How many contacts read by scans are held in memory for their work items at most (default
   * 10,000, for up to 1 hour; 0 turns it off). Beyond it the oldest reads are dropped and those
   * contacts are fetched again: a backfill far ahead of the workers costs one request per contact
   * more, so scan with {@link SyncEngine#backfill(String, int)} page by page while workers run.
   *
   * @param value 0 to 1,000,000
   * @return this builder
   */
  public SyncEngineBuilder searchResultsKept(int value) {
    this.searchResultsKept = check(value, 0, 1_000_000, "searchResultsKept");
    return this;
  }

  /**
   * Builds the engine (workers are not started yet) and records each target's mapping, scoring and
   * rules versions, with their content, in the store's {@link SyncStore#versions() version history}
   * (the first time each version is used).
   *
   * @return the engine
   * @throws IllegalStateException when a required part is missing or the target cannot carry out a
   *     configured delete policy
   * @throws io.ghlsync.sync.store.VersionChangedException when a mapping, scoring or rules file
   *     declares a version the store recorded earlier with another content (give it a new version)
   */
  public SyncEngine build() {
    Function<String, GhlClient> g = require(ghl, "ghl(GhlClient)");
    List<SyncTarget> all = new ArrayList<>();
    if (target == null && added.isEmpty()) {
      require(target, "target(TargetConnector)");
    }
    if (target != null) {
      SyncTarget.Builder first = SyncTarget.builder(target, require(mapping, "mapping(Mapping)"));
      deletes.forEach(first::onDelete);
      if (idField != null) {
        first.syncIdsBack(idField);
      }
      if (scorer != null) {
        first.scorer(scorer);
      }
      if (activityRules != null) {
        first.activityRules(activityRules);
      }
      all.add(first.build());
    } else if (mapping != null
        || !deletes.isEmpty()
        || idField != null
        || scorer != null
        || activityRules != null) {
      throw new IllegalStateException(
          "mapping(...), onDelete(...), syncIdsBack(...), scorer(...) and activityRules(...)"
              + " configure target(...); set target(...)"
              + " too, or give them to SyncTarget.builder(...) for addTarget(...)");
    }
    all.addAll(added);
    Set<String> names = new LinkedHashSet<>();
    Set<EntityKind> children = EnumSet.noneOf(EntityKind.class);
    boolean appointments = false;
    for (SyncTarget t : all) {
      check(t);
      if (!names.add(t.connector().name())) {
        throw new IllegalStateException(
            "two targets are named '"
                + t.connector().name()
                + "'; give each connector its own name (their links are kept apart by name)");
      }
      if (t.mapping().task().isEnabled()) {
        children.add(EntityKind.TASK);
      }
      if (t.mapping().note().isEnabled() || t.mapping().notesSummary().isPresent()) {
        children.add(EntityKind.NOTE);
      }
      Set<ContactActivity.Part> reads = EnumSet.noneOf(ContactActivity.Part.class);
      reads.addAll(enrichment.reads());
      t.activityRules().ifPresent(r -> reads.addAll(r.reads()));
      if (reads.contains(ContactActivity.Part.TASKS)) {
        children.add(EntityKind.TASK);
      }
      if (reads.contains(ContactActivity.Part.NOTES)) {
        children.add(EntityKind.NOTE);
      }
      appointments |= reads.contains(ContactActivity.Part.APPOINTMENTS);
    }
    if (leaseDuration.compareTo(retry.maxDelay().multipliedBy(2)) < 0) {
      throw new IllegalStateException(
          "leaseDuration ("
              + leaseDuration
              + ") must be at least twice retry.maxDelay ("
              + retry.maxDelay()
              + "), or another worker may take over an item between attempts");
    }
    String engineName = name != null ? name : String.join("+", names);
    SyncStore s =
        store != null
            ? store
            : new InMemorySyncStore(clock, InMemorySyncStore.DEFAULT_AUDIT_CAPACITY);
    RuleMemory memory = ruleMemory != null ? ruleMemory : s.ruleMemory();
    Listeners fanOut = new Listeners(listeners);
    List<EngineConfig> configs = new ArrayList<>();
    for (SyncTarget t : all) {
      configs.add(
          new EngineConfig(
              t.connector(),
              t.mapping(),
              s,
              g,
              t.deletePolicies(),
              retry,
              workers,
              batchSize,
              leaseDuration,
              defaultCallingCode,
              t.idField(),
              revealPersonalData,
              clock,
              fanOut,
              idlePoll,
              searchPageSize,
              ghlConcurrency,
              engineName,
              Set.copyOf(children),
              new Insights(
                  enrichment,
                  t.scorer(),
                  t.activityRules().map(r -> new Insights.RuleSetup(r, memory)),
                  appointments)));
    }
    for (EngineConfig config : configs) {
      VersionRecorder.record(s.versions(), config, clock.instant());
    }
    return new SyncEngine(
        configs,
        new ReadOptions(useSearchResults, searchResultsKept, ReadOptions.DEFAULTS.keptFor()),
        maxQueued,
        new Reconciler.Schedule(
            reconcileLocations, pollEvery, sweepEvery, quietSweepInterval(all)));
  }

  private Duration quietSweepInterval(List<SyncTarget> all) {
    if (inactiveEvery != null) {
      return inactiveEvery;
    }
    boolean rules = all.stream().anyMatch(t -> t.activityRules().isPresent());
    return rules ? Duration.ofHours(1) : Duration.ZERO;
  }

  private static void check(SyncTarget t) {
    TargetConnector c = t.connector();
    boolean targetTasks =
        t.activityRules().stream()
            .flatMap(r -> r.rules().stream())
            .anyMatch(r -> r.action().destination() == TaskAction.Destination.TARGET);
    if (targetTasks && !t.mapping().task().isEnabled()) {
      throw new IllegalStateException(
          "the activity rules of target '"
              + c.name()
              + "' create tasks in it, but its mapping has no task rules; add task rules to the"
              + " mapping or create the tasks in GHL (\"in\": \"ghl\")");
    }
    if (c.name().isBlank()) {
      throw new IllegalStateException("the target connector's name() must not be blank");
    }
    t.deletePolicies()
        .forEach(
            (kind, policy) -> {
              if (!c.capabilities().supports(kind, policy)) {
                throw new IllegalStateException(
                    "target '"
                        + c.name()
                        + "' cannot "
                        + policy
                        + " "
                        + kind
                        + " records; choose another onDelete policy");
              }
            });
  }

  private static <T> T require(@Nullable T value, String setter) {
    if (value == null) {
      throw new IllegalStateException("SyncEngine needs " + setter + " before build()");
    }
    return value;
  }

  private static int check(int value, int min, int max, String name) {
    if (value < min || value > max) {
      throw new IllegalArgumentException(
          name + " must be between " + min + " and " + max + ": " + value);
    }
    return value;
  }
}
