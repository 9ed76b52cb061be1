package io.ghlsync.testkit.onoffice;

import io.ghlsync.testkit.FakeDispatcher;
import io.ghlsync.testkit.FakeHttpServer;
import io.ghlsync.testkit.Faults;
import io.ghlsync.testkit.RequestJournal;
import io.ghlsync.testkit.onoffice.internal.ActionFaults;
import io.ghlsync.testkit.onoffice.internal.ActionProcessor;
import io.ghlsync.testkit.onoffice.internal.Credentials;
import io.ghlsync.testkit.onoffice.internal.OnOfficeService;
import io.ghlsync.testkit.onoffice.internal.OnOfficeState;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A stateful fake of the onOffice enterprise API on loopback. It checks the token, the HMAC v2 of
 * every action and the ±120 s timestamp window; keeps addresses (with e-mail, phone, mobile and fax
 * entries), tasks, agents-log entries and relations; answers {@code read/create/modify address},
 * {@code read/create/modify task}, {@code read/create agentslog}, {@code get idsfromrelation} and
 * {@code create/delete relation} with onOffice's shapes and quirks ({@code elements: []} on create,
 * numbers as strings, task {@code cntabsolute} = rows returned, record type {@code agentsLog} on
 * create) and error codes; and processes batches action by action.
 *
 * <p>Faults: the shared {@link #faults()} switches (5xx, slow, reset, truncated or malformed JSON,
 * expired credentials) per HTTP request, plus {@link #failNextActions} for onOffice error codes per
 * action (e.g. 136, 137, 174). Journal operation names are {@code <action>-<resourcetype>} for a
 * one-action request (e.g. {@code read-address}) and {@code batch} otherwise; {@link
 * #receivedActions()} lists every action with its signature and answer code.
 *
 * <p>Example (JUnit 5):
 *
 * <pre>{@code
 * try (FakeOnOffice fake = FakeOnOffice.start()) {
 *   long id = fake.store().seedAddress(Map.of("Vorname", "Max", "email", "max@example.de"));
 *   OnOfficeClient client = OnOfficeClient.builder()
 *       .baseUrl(fake.url()).token(fake.token()).secret(fake.secret()).build();
 *   assertThat(client.addresses().findByEmail("max@example.de")).hasSize(1);
 * }
 * }</pre>
 */
public final class FakeOnOffice implements AutoCloseable {
  /** The default API token (32 characters, like enterprise tokens). */
  public static final String DEFAULT_TOKEN = "fake0token0for0ghlsync0tests0032";

  /** The default API secret (64 characters, like enterprise secrets). */
  public static final String DEFAULT_SECRET =
      "fake0secret0for0ghlsync0tests0with0sixty0four0characters00000064";

  private final FakeHttpServer server;
  private final OnOfficeState state;
  private final OnOfficeService service;
  private final ActionProcessor processor;
  private final Credentials credentials;
  private final ActionFaults actionFaults = new ActionFaults();
  private final Faults faults;
  private final RequestJournal journal;
  private final List<ReceivedAction> received = new ArrayList<>();
  private final OnOfficeStore store;

  private FakeOnOffice(Builder b) {
    this.state = new OnOfficeState(b.clock, b.zone);
    this.credentials = new Credentials(b.token, b.secret);
    this.faults = new Faults(b.faultSeed);
    this.journal = new RequestJournal(b.journalCapacity);
    this.processor =
        new ActionProcessor(state, actionFaults, b.clock, b.timestampWindow, this::logAction);
    this.service = new OnOfficeService(processor, credentials, b.clock, b.topLevelOnActionError);
    this.store = new OnOfficeStore(state, processor, service.lock());
    this.server = FakeHttpServer.start(new FakeDispatcher(service, faults, journal, b.clock));
  }

  /**
   * Starts a fake with the defaults (system clock, Europe/Berlin local time, ±120 s window).
   *
   * @return the running fake
   */
  public static FakeOnOffice start() {
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
   * The stable endpoint URL, e.g. {@code http://127.0.0.1:51234/api/stable/api.php}.
   *
   * @return the stable endpoint URL
   */
  public String url() {
    return server.url(OnOfficeService.STABLE_PATH).toString();
  }

  /**
   * The latest endpoint URL (same behaviour as stable).
   *
   * @return the latest endpoint URL
   */
  public String latestUrl() {
    return server.url(OnOfficeService.LATEST_PATH).toString();
  }

  /**
   * The accepted token.
   *
   * @return the token requests must carry
   */
  public String token() {
    return credentials.token();
  }

  /**
   * The accepted secret.
   *
   * @return the secret requests must be signed with
   */
  public String secret() {
    return credentials.secret();
  }

  /**
   * Rotates the credentials; requests with the old token get 22, old secrets 137.
   *
   * @param token the new token
   * @param secret the new secret
   */
  public void rotateCredentials(String token, String secret) {
    credentials.rotate(token, secret);
  }

  /**
   * The shared fault switches (per HTTP request).
   *
   * @return the fault switches
   */
  public Faults faults() {
    return faults;
  }

  /**
   * What the fake was asked, per HTTP request.
   *
   * @return the request journal
   */
  public RequestJournal journal() {
    return journal;
  }

  /**
   * Makes the next {@code times} actions of any kind answer with an error code.
   *
   * @param errorCode onOffice's errorcode, e.g. 174 (missing modify right)
   * @param message the message
   * @param times how many actions
   * @return this fake
   */
  public FakeOnOffice failNextActions(int errorCode, String message, int times) {
    return failNextActions("*", "*", errorCode, message, times);
  }

  /**
   * Makes the next {@code times} matching actions answer with an error code, unprocessed.
   *
   * @param action {@code read}, {@code create}, ... or {@code "*"}
   * @param resourceType e.g. {@code address}, or {@code "*"}
   * @param errorCode onOffice's errorcode
   * @param message the message
   * @param times how many actions
   * @return this fake
   */
  public FakeOnOffice failNextActions(
      String action, String resourceType, int errorCode, String message, int times) {
    actionFaults.add(action, resourceType, errorCode, message, times);
    return this;
  }

  /**
   * Every action received, oldest first.
   *
   * @return a copy of the received actions; empty if none
   */
  public List<ReceivedAction> receivedActions() {
    synchronized (received) {
      return List.copyOf(received);
    }
  }

  /** Forgets the received actions, the journal and all faults. */
  public void reset() {
    synchronized (received) {
      received.clear();
    }
    journal.clear();
    faults.clear();
    actionFaults.clear();
  }

  /**
   * What the fake stores: seed addresses, tasks and notes, and inspect state for assertions.
   *
   * @return the store
   */
  public OnOfficeStore store() {
    return store;
  }

  /**
   * Same as {@code store().seedAddress(parameters)}.
   *
   * @param parameters create parameters
   * @return the new id
   */
  public long seedAddress(Map<String, ?> parameters) {
    return store.seedAddress(parameters);
  }

  /**
   * Same as {@code store().seedAddresses(count)}.
   *
   * @param count how many
   * @return their ids
   */
  public List<Long> seedAddresses(int count) {
    return store.seedAddresses(count);
  }

  /**
   * Same as {@code store().address(id)}.
   *
   * @param id the address id
   * @return the address, if stored
   */
  public Optional<Map<String, Object>> address(long id) {
    return store.address(id);
  }

  /**
   * Same as {@code store().addresses()}.
   *
   * @return every address, ordered by id
   */
  public List<Map<String, Object>> addresses() {
    return store.addresses();
  }

  /**
   * Same as {@code store().tasks()}.
   *
   * @return every task, ordered by id
   */
  public List<Map<String, Object>> tasks() {
    return store.tasks();
  }

  /**
   * Same as {@code store().activities()}.
   *
   * @return every agents-log entry, ordered by id
   */
  public List<Map<String, Object>> activities() {
    return store.activities();
  }

  /**
   * Same as {@code store().relations()}.
   *
   * @return every relation, in creation order
   */
  public List<Map<String, Object>> relations() {
    return store.relations();
  }

  /** Stops the server. */
  @Override
  public void close() {
    server.close();
  }

  private void logAction(ReceivedAction action) {
    synchronized (received) {
      received.add(action);
    }
  }

  /** Builder of a {@link FakeOnOffice}. */
  public static final class Builder {
    private String token = DEFAULT_TOKEN;
    private String secret = DEFAULT_SECRET;
    private Clock clock = Clock.systemUTC();
    private ZoneId zone = ZoneId.of("Europe/Berlin");
    private Duration timestampWindow = Duration.ofMinutes(2);
    private boolean topLevelOnActionError = true;
    private long faultSeed = 7;
    private int journalCapacity = 10_000;

    private Builder() {}

    /**
     * Sets the accepted token.
     *
     * @param value the token
     * @return this builder
     */
    public Builder token(String value) {
      this.token = requireText(value, "token");
      return this;
    }

    /**
     * Sets the accepted secret.
     *
     * @param value the secret
     * @return this builder
     */
    public Builder secret(String value) {
      this.secret = requireText(value, "secret");
      return this;
    }

    /**
     * Sets the clock of the timestamp window, the {@code Date} header and stored dates.
     *
     * @param value e.g. a {@code TestClock}
     * @return this builder
     */
    public Builder clock(Clock value) {
      this.clock = value;
      return this;
    }

    /**
     * Sets the zone of onOffice's local date-times (default Europe/Berlin).
     *
     * @param value the zone
     * @return this builder
     */
    public Builder zone(ZoneId value) {
      this.zone = value;
      return this;
    }

    /**
     * Sets the accepted timestamp deviation (default 120 s, as documented).
     *
     * @param value the window
     * @return this builder
     */
    public Builder timestampWindow(Duration value) {
      this.timestampWindow = value;
      return this;
    }

    /**
     * Whether failed actions also set the top-level status (default true: {@code 500} with the
     * action's code, or 97 for several); false keeps the top level at {@code 200/0}.
     *
     * @param value the choice
     * @return this builder
     */
    public Builder topLevelStatusOnActionError(boolean value) {
      this.topLevelOnActionError = value;
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
    public FakeOnOffice start() {
      return new FakeOnOffice(this);
    }

    private static String requireText(String value, String field) {
      if (value == null || value.isBlank()) {
        throw new IllegalArgumentException(field + " must not be blank");
      }
      return value;
    }
  }
}
