package io.ghlsync.onoffice;

import io.ghlsync.core.ApiCalls;
import io.ghlsync.core.ClientConfig;
import io.ghlsync.core.CredentialProvider;
import io.ghlsync.core.ErrorMapper;
import io.ghlsync.core.HttpStack;
import io.ghlsync.core.RateLimitHeaders;
import io.ghlsync.core.RequestOptions;
import io.ghlsync.core.internal.RequestTag;
import io.ghlsync.onoffice.internal.ActionSender;
import io.ghlsync.onoffice.internal.OnOfficeApi;
import io.ghlsync.onoffice.internal.SigningInterceptor;
import io.ghlsync.onoffice.internal.TimeSource;
import io.ghlsync.onoffice.model.ActionResult;
import java.time.Clock;
import java.util.List;
import java.util.function.Consumer;
import okhttp3.HttpUrl;
import org.jspecify.annotations.Nullable;
import retrofit2.Retrofit;

/**
 * Entry point of the onOffice enterprise API client. Immutable and thread-safe; build one per API
 * user and share it.
 *
 * <p>Example: {@code OnOfficeClient client =
 * OnOfficeClient.builder().token(token).secret(secret).build();
 * client.addresses().findByEmail("max@example.de");}
 *
 * <p>Every action is signed with HMAC v2 when it is sent, with a fresh timestamp on every attempt
 * (retries included). Read-only requests ({@code read}, {@code get}) are retried on 502/503/504 and
 * I/O errors as the {@link ClientConfig} retry settings say; requests with a write are not.
 */
public final class OnOfficeClient implements AutoCloseable {
  /** The stable API endpoint (the default; updated monthly by onOffice). */
  public static final String STABLE_URL = "https://api.onoffice.de/api/stable/api.php";

  /** The latest API endpoint (beta clients are redirected here anyway). */
  public static final String LATEST_URL = "https://api.onoffice.de/api/latest/api.php";

  /**
   * Default most actions per HTTP request. onOffice documents no limit; the reference advises
   * modest batches (20 to 50).
   */
  public static final int DEFAULT_MAX_ACTIONS_PER_REQUEST = 20;

  private final HttpUrl endpoint;
  private final HttpStack stack;
  private final ActionSender sender;
  private final AddressesService addresses;
  private final TasksService tasks;
  private final ActivitiesService activities;
  private final RelationsService relations;

  private OnOfficeClient(Builder b, CredentialProvider<OnOfficeCredentials> credentials) {
    this.endpoint = parseEndpoint(b.baseUrl);
    ClientConfig.Builder customized = ClientConfig.builder(endpoint.toString());
    b.config.accept(customized);
    ClientConfig base = customized.build();
    // OkHttp silently repeats a request whose connection dropped, even a processed POST; that
    // would double onOffice creates: HttpStack turns that off, so only the retry policy (reads
    // only) may repeat requests. A host's OkHttpClient is used as given; otherwise the stack
    // builds (and close() releases) its own.
    ClientConfig config = base.toBuilder().baseUrl(endpoint.toString()).build();
    TimeSource time = new TimeSource(b.clock);
    this.stack =
        HttpStack.builder(config)
            .service("onoffice")
            .operationNames(OnOfficeClient::operationName)
            .interceptor(new SigningInterceptor(credentials, time))
            .header("Accept", "application/json")
            .build();
    OnOfficeApi api =
        new Retrofit.Builder()
            .baseUrl(config.baseUrl())
            .client(stack.okHttp())
            .build()
            .create(OnOfficeApi.class);
    this.sender =
        new ActionSender(
            api,
            endpoint,
            new ApiCalls(ErrorMapper.byStatus(), RateLimitHeaders.ietf()),
            credentials,
            time,
            b.maxActionsPerRequest);
    this.addresses = new AddressesService(this);
    this.tasks = new TasksService(this);
    this.activities = new ActivitiesService(this);
    this.relations = new RelationsService(this);
  }

  /**
   * Releases the connection pool and dispatcher threads this client created; those of an {@code
   * OkHttpClient} the host handed in are left alone. Calls after closing fail.
   */
  @Override
  public void close() {
    stack.close();
  }

  /**
   * Starts a client builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Addresses (contacts): read, search, page, create, update, archive, find by e-mail or phone.
   *
   * @return the address operations
   */
  public AddressesService addresses() {
    return addresses;
  }

  /**
   * Tasks linked to addresses.
   *
   * @return the task operations
   */
  public TasksService tasks() {
    return tasks;
  }

  /**
   * The agents log (history, notes) of addresses.
   *
   * @return the activity operations
   */
  public ActivitiesService activities() {
    return activities;
  }

  /**
   * Relations between records (read ids, create, delete).
   *
   * @return the relation operations
   */
  public RelationsService relations() {
    return relations;
  }

  /**
   * Starts a batch: several actions in one request.
   *
   * @return a new, empty batch
   */
  public OnOfficeBatch batch() {
    return new OnOfficeBatch(sender);
  }

  /**
   * Sends one call and reads its value.
   *
   * @param call the call, e.g. from {@link AddressActions}
   * @param <T> its value type
   * @return the value
   * @throws io.ghlsync.core.ApiException if the action or request failed
   */
  public <T> T execute(ActionCall<T> call) {
    return execute(call, RequestOptions.defaults());
  }

  /**
   * Sends one call with per-request options and reads its value.
   *
   * @param call the call, e.g. from {@link AddressActions}
   * @param options per-request options (timeout, retries); onOffice has no idempotency key, so
   *     options carrying one are refused
   * @param <T> its value type
   * @return the value
   * @throws io.ghlsync.core.ApiException if the action or request failed
   */
  public <T> T execute(ActionCall<T> call, RequestOptions options) {
    return OnOfficeBatch.read(call, sender.send(List.of(call.action()), options).get(0))
        .getOrThrow();
  }

  /**
   * Sends any action (e.g. {@code get fields}) and returns its raw result.
   *
   * @param action the action
   * @return the result
   * @throws io.ghlsync.core.ApiException if the action or request failed
   */
  public ActionResult execute(OnOfficeAction action) {
    return execute(ActionCall.raw(action));
  }

  /**
   * The API endpoint requests are posted to.
   *
   * @return the endpoint URL
   */
  public String endpoint() {
    return endpoint.toString();
  }

  @Override
  public String toString() {
    return "OnOfficeClient[endpoint=" + endpoint + "]";
  }

  /**
   * The metric name of a request: the action and resource type without the record id ({@code
   * "onOffice read address"}), or {@code "onOffice batch"} for a request of several actions.
   */
  static String operationName(okhttp3.Request request) {
    RequestTag options = request.tag(RequestTag.class);
    if (options == null) {
      return "onOffice";
    }
    String[] words = options.operation().split(" ", 4);
    if (words.length < 3 || "request".equals(words[1])) {
      return "onOffice batch";
    }
    return words[0] + " " + words[1] + " " + words[2];
  }

  private static HttpUrl parseEndpoint(String url) {
    HttpUrl parsed = url == null || url.isBlank() ? null : HttpUrl.parse(url);
    if (parsed == null) {
      throw new IllegalArgumentException(
          "baseUrl must be an absolute http(s) URL such as " + STABLE_URL + ", was '" + url + "'");
    }
    return parsed;
  }

  /** Builder of an {@link OnOfficeClient}. Credentials are required; all else has defaults. */
  public static final class Builder {
    private String baseUrl = STABLE_URL;
    private @Nullable String token;
    private @Nullable String secret;
    private @Nullable CredentialProvider<OnOfficeCredentials> credentials;
    private Consumer<ClientConfig.Builder> config = c -> {};
    private int maxActionsPerRequest = DEFAULT_MAX_ACTIONS_PER_REQUEST;
    private Clock clock = Clock.systemUTC();

    private Builder() {}

    /**
     * Sets the full API URL requests are posted to.
     *
     * @param url {@link #STABLE_URL} (default), {@link #LATEST_URL}, or a test server's URL
     * @return this builder
     */
    public Builder baseUrl(String url) {
      parseEndpoint(url);
      this.baseUrl = url;
      return this;
    }

    /**
     * Sets a fixed API token (32 characters in enterprise).
     *
     * @param value the token
     * @return this builder
     */
    public Builder token(String value) {
      this.token = value;
      return this;
    }

    /**
     * Sets a fixed API secret (64 characters in enterprise).
     *
     * @param value the secret
     * @return this builder
     */
    public Builder secret(String value) {
      this.secret = value;
      return this;
    }

    /**
     * Reads the credentials on every attempt, so they can rotate without a restart. Replaces {@link
     * #token} and {@link #secret}.
     *
     * @param provider the credential source
     * @return this builder
     */
    public Builder credentials(CredentialProvider<OnOfficeCredentials> provider) {
      this.credentials = provider;
      return this;
    }

    /**
     * Adjusts the transport: timeouts, retries, proxy, logging, the host's OkHttpClient. Same name
     * and shape on every ghlsync client. The base URL is always {@link #baseUrl}'s.
     *
     * @param customizer changes to the configuration builder
     * @return this builder
     */
    public Builder config(Consumer<ClientConfig.Builder> customizer) {
      this.config = java.util.Objects.requireNonNull(customizer, "config");
      return this;
    }

    /**
     * Sets the most actions sent in one HTTP request; larger batches are split in order. onOffice
     * documents no limit, so this is configurable (default {@value
     * #DEFAULT_MAX_ACTIONS_PER_REQUEST}).
     *
     * @param value at least 1
     * @return this builder
     */
    public Builder maxActionsPerRequest(int value) {
      if (value < 1) {
        throw new IllegalArgumentException("maxActionsPerRequest must be at least 1, was " + value);
      }
      this.maxActionsPerRequest = value;
      return this;
    }

    /**
     * Sets the clock that timestamps are taken from (tests; the default is the system clock).
     *
     * @param value the clock
     * @return this builder
     */
    public Builder clock(Clock value) {
      this.clock = value;
      return this;
    }

    /**
     * Builds the client.
     *
     * @return the client
     * @throws IllegalArgumentException naming {@code token}/{@code secret} when credentials are
     *     missing
     */
    public OnOfficeClient build() {
      CredentialProvider<OnOfficeCredentials> provider = credentials;
      if (provider == null) {
        if (token == null || token.isBlank()) {
          throw new IllegalArgumentException(
              "token must not be blank; set token(..) and secret(..) or credentials(..)");
        }
        if (secret == null || secret.isBlank()) {
          throw new IllegalArgumentException(
              "secret must not be blank; set token(..) and secret(..) or credentials(..)");
        }
        provider = CredentialProvider.of(OnOfficeCredentials.of(token, secret));
      }
      return new OnOfficeClient(this, provider);
    }
  }
}
