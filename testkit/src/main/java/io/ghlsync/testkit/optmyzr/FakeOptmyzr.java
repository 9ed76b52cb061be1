package io.ghlsync.testkit.optmyzr;

import io.ghlsync.testkit.FakeDispatcher;
import io.ghlsync.testkit.FakeHttpServer;
import io.ghlsync.testkit.Faults;
import io.ghlsync.testkit.JsonText;
import io.ghlsync.testkit.RequestBudget;
import io.ghlsync.testkit.RequestJournal;
import io.ghlsync.testkit.optmyzr.internal.ContactRoutes;
import io.ghlsync.testkit.optmyzr.internal.Credentials;
import io.ghlsync.testkit.optmyzr.internal.IdempotencyLedger;
import io.ghlsync.testkit.optmyzr.internal.OptmyzrService;
import io.ghlsync.testkit.optmyzr.internal.OptmyzrState;
import io.ghlsync.testkit.optmyzr.internal.Table;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A stateful fake of Optmyzr on loopback: the ghlsync contacts contract (section 5 of the Optmyzr
 * reference; Optmyzr itself publishes no contacts API) and Optmyzr's read-only User Data API v1,
 * both on one server. Point the client's contract base URL and User Data base URL at {@link
 * #baseUrl()}.
 *
 * <p>Contract behaviour: contacts, tasks and notes in memory; cursor paging; {@code updated_after};
 * {@code Idempotency-Key} (same key and same body replays the first response with {@code
 * Idempotent-Replayed: true}; another body is 409 {@code idempotency_key_reused}); API key ({@code
 * X-API-Key} or {@code Authorization: Bearer}) with every scope, or OAuth access tokens from {@link
 * #issueAccessToken} with their scopes and expiry; {@code RateLimit-*} headers on every response
 * and 429 with {@code Retry-After} beyond the budget; {@code X-Request-Id} everywhere. Faults
 * ({@link #faults()}) and a journal ({@link #journal()}) use operation names such as {@code
 * create-contact}, {@code upsert-contact}, {@code list-notes}, {@code optimization-suggestions}.
 *
 * <p>Example (JUnit 5):
 *
 * <pre>{@code
 * try (FakeOptmyzr fake = FakeOptmyzr.start()) {
 *   OptmyzrClient client = OptmyzrClient.builder()
 *       .contractBaseUrl(fake.baseUrl()).apiKey(Secret.of(fake.apiKey(), "apiKey"))
 *       .userDataBaseUrl(fake.baseUrl()).userDataToken(Secret.of(fake.userDataToken(), "token"))
 *       .build();
 *   client.contacts().upsertByExternalId("ghl-1", ContactFields.builder().email("a@b.co").build());
 *   assertThat(fake.journal().count("upsert-contact")).isEqualTo(1);
 * }
 * }</pre>
 */
public final class FakeOptmyzr implements AutoCloseable {
  /** The default contract API key. */
  public static final String DEFAULT_API_KEY = "opt_test_api_key";

  /** The default User Data API token. */
  public static final String DEFAULT_USER_DATA_TOKEN = "opt_test_user_data_token";

  private final FakeHttpServer server;
  private final OptmyzrState state;
  private final OptmyzrService service;
  private final Credentials credentials;
  private final IdempotencyLedger ledger;
  private final Faults faults;
  private final RequestJournal journal;

  private FakeOptmyzr(Builder b) {
    Clock clock = b.clock;
    this.state = new OptmyzrState(clock);
    this.credentials = new Credentials(clock, b.apiKey, b.userDataToken);
    this.ledger = new IdempotencyLedger(clock, b.idempotencyTtl);
    this.faults = new Faults(b.faultSeed);
    this.journal = new RequestJournal(b.journalCapacity);
    RequestBudget budget = new RequestBudget(b.rateLimit, b.rateWindow, Long.MAX_VALUE, clock);
    this.service =
        new OptmyzrService(
            state, credentials, budget, ledger, b.historyPath, b.requireIdempotencyKey);
    this.server = FakeHttpServer.start(new FakeDispatcher(service, faults, journal, clock));
  }

  /**
   * Starts a fake with the defaults (system clock, 100 requests per 10 s per credential).
   *
   * @return the running fake
   */
  public static FakeOptmyzr start() {
    return builder().start();
  }

  /**
   * Starts configuring a fake.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The base URL of both APIs, e.g. {@code http://127.0.0.1:51234}.
   *
   * @return the base URL
   */
  public String baseUrl() {
    return server.baseUrl();
  }

  /**
   * The contract API key currently accepted.
   *
   * @return the API key
   */
  public String apiKey() {
    return credentials.apiKey();
  }

  /**
   * The User Data API token currently accepted.
   *
   * @return the User Data API token
   */
  public String userDataToken() {
    return credentials.userDataToken();
  }

  /**
   * Rotates the contract API key; the old key gets 401 from now on.
   *
   * @param newKey the new key
   */
  public void rotateApiKey(String newKey) {
    credentials.rotateApiKey(newKey);
  }

  /**
   * Rotates the User Data API token.
   *
   * @param newToken the new token
   */
  public void rotateUserDataToken(String newToken) {
    credentials.rotateUserDataToken(newToken);
  }

  /**
   * Issues an OAuth access token for the contract.
   *
   * @param scopes the granted scopes, e.g. {@code contacts.read}, {@code contacts.write}
   * @param ttl how long it is valid, by the fake's clock
   * @return the token to send as {@code Authorization: Bearer}
   */
  public String issueAccessToken(Set<String> scopes, Duration ttl) {
    return credentials.issueAccessToken(scopes, ttl);
  }

  /** Expires every access token issued so far (they get 401 {@code token_expired}). */
  public void expireAccessTokens() {
    credentials.expireAccessTokens();
  }

  /**
   * The fault switches.
   *
   * @return the fault switches
   */
  public Faults faults() {
    return faults;
  }

  /**
   * What the fake was asked.
   *
   * @return the request journal
   */
  public RequestJournal journal() {
    return journal;
  }

  /**
   * Adds a contact directly, checked like a {@code POST /v1/contacts} body.
   *
   * @param fields snake_case contact fields, e.g. {@code Map.of("email", "a@b.co")}
   * @return the new contact's id
   */
  public String seedContact(Map<String, Object> fields) {
    synchronized (service.lock()) {
      ContactRoutes routes = state.contactRoutes();
      Table.Row row = routes.insert(ContactRoutes.read(JsonText.write(fields)));
      return String.valueOf(row.json().get("id"));
    }
  }

  /**
   * A contact as stored (fields with a value only).
   *
   * @param id the contact id
   * @return the contact's JSON, if it exists
   */
  public Optional<Map<String, Object>> contact(String id) {
    return contacts().stream().filter(c -> id.equals(c.get("id"))).findFirst();
  }

  /**
   * Every contact, in creation order (fields with a value only).
   *
   * @return snapshots of the contacts; empty if none
   */
  public List<Map<String, Object>> contacts() {
    synchronized (service.lock()) {
      return state.contacts().snapshot();
    }
  }

  /**
   * Every task, in creation order (fields with a value only).
   *
   * @return snapshots of the tasks; empty if none
   */
  public List<Map<String, Object>> tasks() {
    synchronized (service.lock()) {
      return state.tasks().snapshot();
    }
  }

  /**
   * Every note, in creation order (fields with a value only).
   *
   * @return snapshots of the notes; empty if none
   */
  public List<Map<String, Object>> notes() {
    synchronized (service.lock()) {
      return state.notes().snapshot();
    }
  }

  /**
   * How many idempotency keys have a stored result.
   *
   * @return the number of stored idempotency results
   */
  public int storedIdempotencyKeys() {
    return ledger.size();
  }

  /**
   * Adds a User Data API suggestion entry to the sample data.
   *
   * @param accountId the ad account id
   * @param accountName its name
   * @param accountType {@code AdWords} or {@code Bing Ads}
   * @param changes the number of suggested changes
   * @param toolName the Optmyzr tool
   * @param userEmail the (child) user it belongs to, matched by {@code emailId}
   */
  public void addSuggestion(
      String accountId,
      String accountName,
      String accountType,
      int changes,
      String toolName,
      String userEmail) {
    state.userData().suggestion(accountId, accountName, accountType, changes, toolName, userEmail);
  }

  /** Stops the server. */
  @Override
  public void close() {
    server.close();
  }

  /** Builder of {@link FakeOptmyzr}. */
  public static final class Builder {
    private String apiKey = DEFAULT_API_KEY;
    private String userDataToken = DEFAULT_USER_DATA_TOKEN;
    private Clock clock = Clock.systemUTC();
    private int rateLimit = 100;
    private Duration rateWindow = Duration.ofSeconds(10);
    private long faultSeed = 7;
    private boolean requireIdempotencyKey;
    private Duration idempotencyTtl = Duration.ofHours(24);
    private String historyPath = "/UserData/V1/OptimizationHistory";
    private int journalCapacity = 10_000;

    private Builder() {}

    /**
     * Sets the accepted contract API key.
     *
     * @param value the key
     * @return this builder
     */
    public Builder apiKey(String value) {
      this.apiKey = requireText(value, "apiKey");
      return this;
    }

    /**
     * Sets the accepted User Data API token.
     *
     * @param value the token
     * @return this builder
     */
    public Builder userDataToken(String value) {
      this.userDataToken = requireText(value, "userDataToken");
      return this;
    }

    /**
     * Sets the clock of timestamps, token expiry, idempotency expiry and rate windows.
     *
     * @param value e.g. a {@code TestClock}
     * @return this builder
     */
    public Builder clock(Clock value) {
      this.clock = value;
      return this;
    }

    /**
     * Sets the request budget per credential.
     *
     * @param max requests per window, at least 1
     * @param window the window length
     * @return this builder
     */
    public Builder rateLimit(int max, Duration window) {
      this.rateLimit = max;
      this.rateWindow = window;
      return this;
    }

    /**
     * Sets the seed that decides rate-based faults.
     *
     * @param value the seed
     * @return this builder
     */
    public Builder faultSeed(long value) {
      this.faultSeed = value;
      return this;
    }

    /**
     * Refuses writes without {@code Idempotency-Key} with 400 (default: accepted).
     *
     * @param value whether the header is required
     * @return this builder
     */
    public Builder requireIdempotencyKey(boolean value) {
      this.requireIdempotencyKey = value;
      return this;
    }

    /**
     * Sets how long an idempotency key's result is kept (default 24 h).
     *
     * @param value the time to keep results
     * @return this builder
     */
    public Builder idempotencyTtl(Duration value) {
      this.idempotencyTtl = value;
      return this;
    }

    /**
     * Sets the Optimization History path (default {@code /UserData/V1/OptimizationHistory}).
     *
     * @param value an absolute path
     * @return this builder
     */
    public Builder optimizationHistoryPath(String value) {
      this.historyPath =
          requireText(value, "optimizationHistoryPath").startsWith("/") ? value : "/" + value;
      return this;
    }

    /**
     * Sets how many journal entries are kept.
     *
     * @param value at least 1
     * @return this builder
     */
    public Builder journalCapacity(int value) {
      this.journalCapacity = value;
      return this;
    }

    /**
     * Starts the fake.
     *
     * @return the running fake; close it when done
     */
    public FakeOptmyzr start() {
      return new FakeOptmyzr(this);
    }

    private static String requireText(String value, String field) {
      if (value == null || value.isBlank()) {
        throw new IllegalArgumentException(field + " must not be blank");
      }
      return value;
    }
  }
}
