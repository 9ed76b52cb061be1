package io.ghlsync.optmyzr;

import io.ghlsync.core.ClientConfig;
import io.ghlsync.core.CredentialProvider;
import io.ghlsync.core.HttpStack;
import io.ghlsync.core.RateLimitConfig;
import io.ghlsync.core.Secret;
import io.ghlsync.core.TokenProvider;
import io.ghlsync.optmyzr.internal.ContractApi;
import io.ghlsync.optmyzr.internal.HttpWiring;
import io.ghlsync.optmyzr.internal.OptmyzrCalls;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Entry point of the Optmyzr client. It has two independent parts, configured separately:
 *
 * <ul>
 *   <li>{@link #userData()}: Optmyzr's own read-only User Data API v1 (token from your Optmyzr
 *       account manager, sent as the documented {@code token} query parameter);
 *   <li>{@link #contacts()}, {@link #tasks()}, {@link #notes()}: the ghlsync contacts contract.
 *       Optmyzr publishes no contacts, tasks or notes API, so this part talks to an endpoint that
 *       implements the contract, whose base URL you must set; there is no default host.
 * </ul>
 *
 * <p>Example: {@code OptmyzrClient.builder().contractBaseUrl("https://bridge.example.com")
 * .apiKey(Secret.of(key, "apiKey")).build().contacts().upsertByExternalId(ghlId, fields)}
 */
public final class OptmyzrClient implements AutoCloseable {
  /** The documented base URL of the User Data API. */
  public static final String USER_DATA_BASE_URL = "https://dataaccess.optmyzr.com";

  /**
   * The assumed Optimization History path (unverified; see {@link
   * Builder#optimizationHistoryPath}).
   */
  public static final String DEFAULT_HISTORY_PATH = "UserData/V1/OptimizationHistory";

  /** Starting client-side limit of the contract; it adapts to the server's RateLimit headers. */
  public static final RateLimitConfig DEFAULT_CONTRACT_RATE_LIMIT =
      RateLimitConfig.perWindow(100, Duration.ofSeconds(10));

  private final @Nullable ContactsService contacts;
  private final @Nullable TasksService tasks;
  private final @Nullable NotesService notes;
  private final @Nullable UserDataService userData;
  private final List<HttpStack> stacks;

  private OptmyzrClient(
      @Nullable ContactsService contacts,
      @Nullable TasksService tasks,
      @Nullable NotesService notes,
      @Nullable UserDataService userData,
      List<HttpStack> stacks) {
    this.contacts = contacts;
    this.tasks = tasks;
    this.notes = notes;
    this.userData = userData;
    this.stacks = List.copyOf(stacks);
  }

  /**
   * Releases the connection pools and dispatcher threads this client created (one per API part);
   * those of an {@code OkHttpClient} the host handed in are left alone.
   */
  @Override
  public void close() {
    stacks.forEach(HttpStack::close);
  }

  /**
   * Starts a client.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Contacts of the contacts contract.
   *
   * @return the service
   * @throws IllegalStateException if the contract part was not configured
   */
  public ContactsService contacts() {
    return contractPart(contacts);
  }

  /**
   * Tasks of the contacts contract.
   *
   * @return the service
   * @throws IllegalStateException if the contract part was not configured
   */
  public TasksService tasks() {
    return contractPart(tasks);
  }

  /**
   * Notes of the contacts contract.
   *
   * @return the service
   * @throws IllegalStateException if the contract part was not configured
   */
  public NotesService notes() {
    return contractPart(notes);
  }

  /**
   * Optmyzr's User Data API.
   *
   * @return the service
   * @throws IllegalStateException if no User Data API token was configured
   */
  public UserDataService userData() {
    if (userData == null) {
      throw new IllegalStateException(
          "the User Data API is not configured: call userDataToken(...) on the builder with the"
              + " token from your Optmyzr account manager");
    }
    return userData;
  }

  private static <S> S contractPart(@Nullable S service) {
    if (service == null) {
      throw new IllegalStateException(
          "the contacts contract is not configured: call contractBaseUrl(...) and apiKey(...) or"
              + " oauth(...) on the builder");
    }
    return service;
  }

  /** Builder of {@link OptmyzrClient}. */
  public static final class Builder {
    private @Nullable String contractBaseUrl;
    private @Nullable CredentialProvider<Secret> apiKey;
    private @Nullable TokenProvider oauth;
    private @Nullable CredentialProvider<Secret> userDataToken;
    private String userDataBaseUrl = USER_DATA_BASE_URL;
    private String historyPath = DEFAULT_HISTORY_PATH;
    private Consumer<ClientConfig.Builder> transport = b -> {};

    private Builder() {}

    /**
     * Sets the base URL of the endpoint that implements the contacts contract (required for the
     * contract part; Optmyzr has no such host of its own).
     *
     * @param url absolute http(s) URL, e.g. {@code https://bridge.example.com}; paths {@code
     *     v1/...} are resolved under it
     * @return this builder
     */
    public Builder contractBaseUrl(String url) {
      this.contractBaseUrl = ClientConfig.builder(url).build().baseUrl().toString();
      return this;
    }

    /**
     * Authenticates the contract with an API key in {@code X-API-Key}, read on every request.
     *
     * @param keys the key source (rotates without a restart)
     * @return this builder
     */
    public Builder apiKey(CredentialProvider<Secret> keys) {
      this.apiKey = Objects.requireNonNull(keys, "apiKey");
      return this;
    }

    /**
     * Authenticates the contract with a fixed API key.
     *
     * @param key the key
     * @return this builder
     */
    public Builder apiKey(Secret key) {
      return apiKey(CredentialProvider.of(Objects.requireNonNull(key, "apiKey")));
    }

    /**
     * Authenticates the contract with OAuth 2.0 bearer tokens: refreshed once on a 401, and writes
     * are refused before sending when the token's granted scopes lack the needed one.
     *
     * @param tokens the token source, e.g. a refreshing provider over a core token store
     * @return this builder
     */
    public Builder oauth(TokenProvider tokens) {
      this.oauth = Objects.requireNonNull(tokens, "oauth");
      return this;
    }

    /**
     * Sets the User Data API token source.
     *
     * @param token the token source (rotates without a restart)
     * @return this builder
     */
    public Builder userDataToken(CredentialProvider<Secret> token) {
      this.userDataToken = Objects.requireNonNull(token, "userDataToken");
      return this;
    }

    /**
     * Sets a fixed User Data API token.
     *
     * @param token the token from your Optmyzr account manager
     * @return this builder
     */
    public Builder userDataToken(Secret token) {
      return userDataToken(CredentialProvider.of(Objects.requireNonNull(token, "userDataToken")));
    }

    /**
     * Overrides the User Data API base URL (default {@value OptmyzrClient#USER_DATA_BASE_URL}),
     * e.g. for a test server.
     *
     * @param url absolute http(s) URL
     * @return this builder
     */
    public Builder userDataBaseUrl(String url) {
      this.userDataBaseUrl = ClientConfig.builder(url).build().baseUrl().toString();
      return this;
    }

    /**
     * Sets the Optimization History path. The documentation copy the SDK was built from does not
     * show it; the default {@value OptmyzrClient#DEFAULT_HISTORY_PATH} follows the other
     * operations' naming.
     *
     * @param path relative path, e.g. {@code UserData/V1/OptimizationHistory}
     * @return this builder
     */
    public Builder optimizationHistoryPath(String path) {
      if (path == null || path.isBlank()) {
        throw new IllegalArgumentException("optimizationHistoryPath must not be blank");
      }
      String relative = path.strip().replaceFirst("^/+", "");
      if (relative.isEmpty() || relative.contains("?") || relative.contains("://")) {
        throw new IllegalArgumentException(
            "optimizationHistoryPath must be a relative path such as"
                + " UserData/V1/OptimizationHistory, without query");
      }
      this.historyPath = relative;
      return this;
    }

    /**
     * Adjusts the transport of both parts: timeouts, retries, rate limit, proxy, the host's {@code
     * OkHttpClient}. Do not change the base URL here. Same name and shape on every ghlsync client.
     *
     * @param customizer applied to each part's {@link ClientConfig.Builder}
     * @return this builder
     */
    public Builder config(Consumer<ClientConfig.Builder> customizer) {
      this.transport = Objects.requireNonNull(customizer, "config");
      return this;
    }

    /**
     * Builds the client.
     *
     * @return the client
     * @throws IllegalStateException if the configuration is incomplete, saying what to set
     */
    public OptmyzrClient build() {
      boolean contract = contractBaseUrl != null || apiKey != null || oauth != null;
      if (!contract && userDataToken == null) {
        throw new IllegalStateException(
            "nothing to connect to: set contractBaseUrl(...) with apiKey(...) or oauth(...) for"
                + " contacts/tasks/notes, and/or userDataToken(...) for the User Data API");
      }
      List<HttpStack> stacks = new ArrayList<>();
      ContactsService contacts = null;
      TasksService tasks = null;
      NotesService notes = null;
      if (contract) {
        ContractApi api = HttpWiring.contractApi(contractConfig(), apiKey, oauth, stacks::add);
        OptmyzrCalls calls = HttpWiring.contractCalls(oauth);
        contacts = new ContactsService(api, calls);
        tasks = new TasksService(api, calls);
        notes = new NotesService(api, calls);
      }
      UserDataService userData = null;
      if (userDataToken != null) {
        ClientConfig.Builder cb = ClientConfig.builder(userDataBaseUrl);
        transport.accept(cb);
        userData =
            new UserDataService(
                HttpWiring.userDataApi(cb.build(), userDataToken, stacks::add),
                HttpWiring.userDataCalls(),
                historyPath);
      }
      return new OptmyzrClient(contacts, tasks, notes, userData, stacks);
    }

    private ClientConfig contractConfig() {
      String base = contractBaseUrl;
      if (base == null) {
        throw new IllegalStateException(
            "contractBaseUrl must be set: Optmyzr publishes no contacts API, so there is no"
                + " default host; set the URL of the endpoint that implements the ghlsync"
                + " contacts contract");
      }
      if (apiKey == null && oauth == null) {
        throw new IllegalStateException(
            "the contacts contract needs credentials: call apiKey(...) or oauth(...)");
      }
      if (apiKey != null && oauth != null) {
        throw new IllegalStateException("set either apiKey(...) or oauth(...), not both");
      }
      ClientConfig.Builder cb = ClientConfig.builder(base).rateLimit(DEFAULT_CONTRACT_RATE_LIMIT);
      transport.accept(cb);
      return cb.build();
    }
  }
}
