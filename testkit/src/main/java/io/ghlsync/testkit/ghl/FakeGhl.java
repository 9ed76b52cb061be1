package io.ghlsync.testkit.ghl;

import io.ghlsync.testkit.FakeDispatcher;
import io.ghlsync.testkit.FakeHttpServer;
import io.ghlsync.testkit.Faults;
import io.ghlsync.testkit.RequestBudget;
import io.ghlsync.testkit.RequestJournal;
import io.ghlsync.testkit.ghl.internal.GhlService;
import io.ghlsync.testkit.ghl.internal.GhlWorld;
import io.ghlsync.testkit.ghl.internal.TokenRegistry;
import io.ghlsync.testkit.ghl.internal.WebhookOutbox;
import java.time.Clock;
import java.time.Duration;
import okhttp3.HttpUrl;

/**
 * A fake HighLevel (GHL) server on loopback: the 32 Contacts API v2 operations and the location
 * task search ({@code POST /locations/{locationId}/tasks/search}, scope {@code
 * locations/tasks.readonly}) with state per location, {@code /oauth/token} and {@code
 * /oauth/locationToken}, scope checks, per-location rate limits with the {@code X-RateLimit-*}
 * headers, fault switches, a request journal and signed webhooks. It speaks HTTP/JSON only; point
 * any client's base URL at {@link #baseUrl()}.
 *
 * <p>Example:
 *
 * <pre>{@code
 * try (FakeGhl ghl = FakeGhl.builder().seed(7).start()) {
 *   FakeGhlLocation location = ghl.location("loc-1");
 *   String token = location.privateToken("contacts.readonly", "contacts.write");
 *   location.seedContacts(10_000);
 *   // GET ghl.baseUrl() + "/contacts/{id}" with "Authorization: Bearer " + token
 *   // and "Version: 2021-07-28"
 * }
 * }</pre>
 */
public final class FakeGhl implements AutoCloseable {
  private final GhlWorld world;
  private final Faults faults;
  private final RequestJournal journal;
  private final FakeHttpServer server;
  private final FakeGhlOAuth oauth;
  private final FakeGhlWebhooks webhooks;

  private FakeGhl(Builder builder) {
    TokenRegistry tokens = new TokenRegistry(builder.clock, builder.accessTokenLifetime);
    RequestBudget budget =
        new RequestBudget(builder.windowMax, builder.window, builder.dailyLimit, builder.clock);
    WebhookOutbox outbox = new WebhookOutbox(builder.clock, builder.seed);
    this.world =
        new GhlWorld(builder.clock, builder.seed, tokens, budget, outbox, builder.notFoundStatus);
    this.faults = new Faults(builder.seed);
    this.journal = new RequestJournal(builder.journalCapacity);
    this.server =
        FakeHttpServer.start(
            new FakeDispatcher(new GhlService(world), faults, journal, builder.clock));
    this.oauth = new FakeGhlOAuth(tokens);
    this.webhooks = new FakeGhlWebhooks(outbox);
  }

  /**
   * Starts configuring a fake.
   *
   * @return a builder with the documented GHL defaults
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Starts a fake with the documented defaults (100 requests per 10 s, 200,000 per day, 24 h access
   * tokens, the system clock, seed 0).
   *
   * @return the running fake
   */
  public static FakeGhl start() {
    return builder().start();
  }

  /**
   * Returns the base URL to use instead of {@code https://services.leadconnectorhq.com}.
   *
   * @return e.g. {@code http://127.0.0.1:51234} (no trailing slash)
   */
  public String baseUrl() {
    return server.baseUrl();
  }

  /**
   * Builds a URL on the fake.
   *
   * @param path e.g. {@code /contacts/}
   * @return the URL
   */
  public HttpUrl url(String path) {
    return server.url(path);
  }

  /**
   * Returns a location (sub-account), creating it on first use.
   *
   * @param locationId the location id
   * @return the location's control surface
   */
  public FakeGhlLocation location(String locationId) {
    if (locationId.isBlank()) {
      throw new IllegalArgumentException("locationId must not be blank");
    }
    return new FakeGhlLocation(world, world.location(locationId));
  }

  /**
   * Returns the OAuth control surface (clients, consent, revocation).
   *
   * @return the OAuth controls
   */
  public FakeGhlOAuth oauth() {
    return oauth;
  }

  /**
   * Returns the webhook control surface (receivers, keys, duplicates, ordering).
   *
   * @return the webhook controls
   */
  public FakeGhlWebhooks webhooks() {
    return webhooks;
  }

  /**
   * Returns the fault switches.
   *
   * @return the faults
   */
  public Faults faults() {
    return faults;
  }

  /**
   * Returns the journal of requests received.
   *
   * @return the journal
   */
  public RequestJournal journal() {
    return journal;
  }

  /** Stops the server and the webhook delivery thread. */
  @Override
  public void close() {
    server.close();
    webhooks.close();
  }

  /** Configures a {@link FakeGhl}; every setting is optional. */
  public static final class Builder {
    private Clock clock = Clock.systemUTC();
    private long seed;
    private int windowMax = 100;
    private Duration window = Duration.ofSeconds(10);
    private long dailyLimit = 200_000;
    private Duration accessTokenLifetime = Duration.ofSeconds(86_399);
    private int notFoundStatus = 404;
    private int journalCapacity = 100_000;

    private Builder() {}

    /**
     * Sets the clock behind dates, token expiry and rate-limit windows.
     *
     * @param clock e.g. a {@link io.ghlsync.testkit.TestClock}
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = clock;
      return this;
    }

    /**
     * Sets the seed of generated contacts, ids and rate faults.
     *
     * @param seed the seed
     * @return this builder
     */
    public Builder seed(long seed) {
      this.seed = seed;
      return this;
    }

    /**
     * Sets the burst limit per location (documented: 100 per 10 seconds).
     *
     * @param max the most requests per window
     * @param window the window, e.g. {@code Duration.ofMillis(200)} for fast tests
     * @return this builder
     */
    public Builder rateLimit(int max, Duration window) {
      if (max < 1 || window.isNegative() || window.isZero()) {
        throw new IllegalArgumentException("rateLimit needs max >= 1 and a positive window");
      }
      this.windowMax = max;
      this.window = window;
      return this;
    }

    /**
     * Sets the daily limit per location (documented: 200,000).
     *
     * @param limit the most requests per UTC day
     * @return this builder
     */
    public Builder dailyLimit(long limit) {
      if (limit < 1) {
        throw new IllegalArgumentException("dailyLimit must be at least 1: " + limit);
      }
      this.dailyLimit = limit;
      return this;
    }

    /**
     * Sets how long OAuth access tokens live (documented: about a day, {@code expires_in} 86399).
     *
     * @param lifetime the lifetime
     * @return this builder
     */
    public Builder accessTokenLifetime(Duration lifetime) {
      if (lifetime.isNegative() || lifetime.isZero()) {
        throw new IllegalArgumentException("accessTokenLifetime must be positive: " + lifetime);
      }
      this.accessTokenLifetime = lifetime;
      return this;
    }

    /**
     * Sets the status for unknown contacts, tasks and notes. The v2 spec documents only 400 for
     * these operations and the v3 common schemas add a 404 {@code NotFoundDTO}; which one the live
     * API sends is unverified, so it is configurable (default 404).
     *
     * @param status 404 or 400
     * @return this builder
     */
    public Builder notFoundStatus(int status) {
      if (status != 404 && status != 400) {
        throw new IllegalArgumentException("notFoundStatus must be 404 or 400: " + status);
      }
      this.notFoundStatus = status;
      return this;
    }

    /**
     * Sets how many of the newest requests the journal keeps (counts cover all).
     *
     * @param capacity at least 1 (default 100,000)
     * @return this builder
     */
    public Builder journalCapacity(int capacity) {
      if (capacity < 1) {
        throw new IllegalArgumentException("journalCapacity must be at least 1: " + capacity);
      }
      this.journalCapacity = capacity;
      return this;
    }

    /**
     * Starts the fake on a free loopback port.
     *
     * @return the running fake
     */
    public FakeGhl start() {
      return new FakeGhl(this);
    }
  }
}
