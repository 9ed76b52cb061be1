package io.ghlsync.ghl;

import io.ghlsync.core.ApiCalls;
import io.ghlsync.core.ClientConfig;
import io.ghlsync.core.ErrorMapper;
import io.ghlsync.core.HttpStack;
import io.ghlsync.core.RateLimitConfig;
import io.ghlsync.core.RateLimitHeaders;
import io.ghlsync.core.RetryConfig;
import io.ghlsync.core.Scopes;
import io.ghlsync.core.Secret;
import io.ghlsync.core.TokenProvider;
import io.ghlsync.core.token.RefreshingTokenProvider;
import io.ghlsync.ghl.internal.Arguments;
import io.ghlsync.ghl.internal.ContactLinksApi;
import io.ghlsync.ghl.internal.ContactsApi;
import io.ghlsync.ghl.internal.GhlJson;
import io.ghlsync.ghl.internal.GhlTransport;
import io.ghlsync.ghl.internal.NotesApi;
import io.ghlsync.ghl.internal.PathSegments;
import io.ghlsync.ghl.internal.TasksApi;
import io.ghlsync.ghl.oauth.GhlOAuth;
import io.ghlsync.ghl.oauth.OAuthService;
import io.ghlsync.ghl.webhook.WebhookHandler;
import io.ghlsync.ghl.webhook.WebhookHandlerBuilder;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import retrofit2.Retrofit;
import retrofit2.converter.moshi.MoshiConverterFactory;

/**
 * The GHL Contacts API client: immutable, thread safe, one OkHttp stack. Build one per credential
 * and share it.
 *
 * <pre>{@code
 * GhlClient ghl = GhlClient.builder()
 *     .privateIntegrationToken(System.getenv("GHL_TOKEN"))
 *     .locationId("ve9EPM428h8vShlRW1KT")
 *     .grantedScopes("contacts.readonly", "contacts.write") // what the token was granted
 *     .build();
 * Contact c = ghl.contacts().get("seD4PfOuKoVMLkEZqohJ");
 * }</pre>
 *
 * <p><b>Per-request options.</b> Every write method (create, update, delete, upsert, add, remove,
 * complete ...) has an overload taking {@link io.ghlsync.core.RequestOptions} as its last argument:
 * a timeout for the whole call, retries on or off. GHL has no idempotency key; options carrying one
 * are refused.
 *
 * <p><b>Async twins.</b> Every service method that sends a request has a twin named {@code
 * ...Async} with the same parameters, returning a {@code CompletableFuture}. It runs the blocking
 * method on the executor set with {@link Builder#asyncExecutor} (default: OkHttp's dispatcher
 * threads). Every failure, a bad argument or a missing scope included, completes the future
 * exceptionally (nothing is sent then); cancelling the future before it starts sends nothing, and
 * cancelling it while the request is in flight cancels the HTTP call. The lazy {@code searchAll} /
 * {@code listAll} streams have no twin: they send nothing until consumed.
 */
public final class GhlClient implements AutoCloseable {
  /** GHL's API host. */
  public static final String DEFAULT_BASE_URL = "https://services.leadconnectorhq.com";

  private final HttpStack stack;
  private final GhlApiVersion version;
  private final Optional<String> locationId;
  private final ContactsService contacts;
  private final TasksService tasks;
  private final NotesService notes;
  private final TagsService tags;
  private final AppointmentsService appointments;
  private final FollowersService followers;
  private final CampaignsService campaigns;
  private final WorkflowsService workflows;
  private final ClientConfig config;
  private final TokenProvider tokens;
  private volatile @Nullable OAuthService oauth;

  private GhlClient(Builder b, TokenProvider tokens) {
    this.version = b.version;
    this.locationId = Optional.ofNullable(b.locationId);
    ClientConfig.Builder config =
        ClientConfig.builder(b.baseUrl).retry(b.retry).rateLimit(b.rateLimit);
    if (b.locationId != null) {
      config.defaultRateLimitKey(b.locationId);
    }
    b.configCustomizer.accept(config);
    ClientConfig cfg = config.build();
    this.config = cfg;
    this.tokens = tokens;
    this.stack =
        HttpStack.builder(cfg)
            .service("ghl")
            .bearerTokens(tokens)
            .rateLimitHeaders(RateLimitHeaders.ghl())
            .header("Version", version.headerValue())
            .header("Accept", "application/json")
            .build();
    Retrofit retrofit =
        new Retrofit.Builder()
            .baseUrl(cfg.baseUrl())
            .client(stack.okHttp())
            .addConverterFactory(
                ApiCalls.readable(MoshiConverterFactory.create(GhlJson.moshi(version))))
            .build();
    Executor executor =
        b.asyncExecutor != null ? b.asyncExecutor : stack.okHttp().dispatcher().executorService();
    GhlTransport transport =
        new GhlTransport(
            new ApiCalls(ErrorMapper.byStatus(), RateLimitHeaders.ghl()),
            tokens,
            b.grantedScopes == null ? Optional.empty() : Optional.of(Set.copyOf(b.grantedScopes)),
            locationId,
            version,
            executor);
    ContactLinksApi links = retrofit.create(ContactLinksApi.class);
    this.contacts = new ContactsService(transport, retrofit.create(ContactsApi.class));
    this.tasks = new TasksService(transport, retrofit.create(TasksApi.class));
    this.notes = new NotesService(transport, retrofit.create(NotesApi.class));
    this.tags = new TagsService(transport, links);
    this.appointments = new AppointmentsService(transport, links);
    this.followers = new FollowersService(transport, links);
    this.campaigns = new CampaignsService(transport, links);
    this.workflows = new WorkflowsService(transport, links);
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
   * Contacts: get, create, update, delete, upsert, search, duplicates, businesses.
   *
   * @return the contacts service
   */
  public ContactsService contacts() {
    return contacts;
  }

  /**
   * Tasks of a contact.
   *
   * @return the tasks service
   */
  public TasksService tasks() {
    return tasks;
  }

  /**
   * Notes of a contact.
   *
   * @return the notes service
   */
  public NotesService notes() {
    return notes;
  }

  /**
   * Tags of contacts, one by one or in bulk.
   *
   * @return the tags service
   */
  public TagsService tags() {
    return tags;
  }

  /**
   * Appointments of a contact.
   *
   * @return the appointments service
   */
  public AppointmentsService appointments() {
    return appointments;
  }

  /**
   * Users following a contact.
   *
   * @return the followers service
   */
  public FollowersService followers() {
    return followers;
  }

  /**
   * Campaign membership of a contact.
   *
   * @return the campaigns service
   */
  public CampaignsService campaigns() {
    return campaigns;
  }

  /**
   * Workflow enrolment of a contact.
   *
   * @return the workflows service
   */
  public WorkflowsService workflows() {
    return workflows;
  }

  /**
   * Releases the connection pool and dispatcher threads this client created (and those of its
   * {@link #oauth()} service); an {@code OkHttpClient} the host handed in through {@code config(c
   * -> c.okHttpClient(...))} is left alone, as is a host's async executor.
   */
  @Override
  public void close() {
    stack.close();
    OAuthService service = oauth;
    if (service != null) {
      service.close();
    }
  }

  /**
   * The OAuth endpoints an agency (company) token calls: {@code POST /oauth/locationToken} and
   * {@code GET /oauth/installedLocations}, made with this client's credential, base URL, retry and
   * rate-limit settings. Build the client with the agency's token (e.g. {@code
   * tokenProvider(oauth.tokenProvider(store, companyKey))}) to use them. The authorization-code
   * flow itself (authorization URL, code exchange, refresh) needs the app's client id and secret
   * and lives in {@link GhlOAuth}. Created on first use, then shared.
   *
   * @return the OAuth service
   */
  public OAuthService oauth() {
    OAuthService service = oauth;
    if (service == null) {
      synchronized (this) {
        service = oauth;
        if (service == null) {
          service = OAuthService.create(config, tokens);
          oauth = service;
        }
      }
    }
    return service;
  }

  /**
   * Starts a handler for GHL's webhook deliveries (signature checks, replay window, duplicate
   * delivery detection, typed events); the same as {@link WebhookHandler#builder()}, here so that
   * everything GHL offers starts at the client. A handler needs no credential.
   *
   * @return a new webhook handler builder
   */
  public WebhookHandlerBuilder webhooks() {
    return WebhookHandler.builder();
  }

  /**
   * The API version sent with every request.
   *
   * @return the API version
   */
  public GhlApiVersion version() {
    return version;
  }

  /**
   * The default location id, if one was configured.
   *
   * @return the location id, empty if none was configured
   */
  public Optional<String> locationId() {
    return locationId;
  }

  /**
   * The client's HTTP stack (its OkHttpClient and rate limiter), for sharing or inspection.
   *
   * @return the HTTP stack
   */
  public HttpStack httpStack() {
    return stack;
  }

  @Override
  public String toString() {
    return "GhlClient[version=" + version + ", locationId=" + locationId.orElse("-") + "]";
  }

  /** Builder of {@link GhlClient}; only a credential is required. */
  public static final class Builder {
    private String baseUrl = DEFAULT_BASE_URL;
    private @Nullable TokenProvider tokenProvider;
    private @Nullable Set<String> grantedScopes;
    private @Nullable String locationId;
    private GhlApiVersion version = GhlApiVersion.V2021_07_28;
    private RateLimitConfig rateLimit = RateLimitConfig.ghlDefaults();
    private RetryConfig retry = RetryConfig.defaults();
    private Consumer<ClientConfig.Builder> configCustomizer = c -> {};
    private @Nullable Executor asyncExecutor;

    private Builder() {}

    /** Describes the settings without the credential. */
    @Override
    public String toString() {
      return "GhlClient.Builder[baseUrl="
          + baseUrl
          + ", version="
          + version
          + ", locationId="
          + (locationId == null ? "-" : locationId)
          + ", credential="
          + (tokenProvider == null ? "unset" : "set")
          + "]";
    }

    /**
     * Sets the API host (default {@value GhlClient#DEFAULT_BASE_URL}).
     *
     * @param value absolute http(s) URL
     * @return this builder
     */
    public Builder baseUrl(String value) {
      this.baseUrl = Arguments.notBlank(value, "baseUrl");
      return this;
    }

    /**
     * Authenticates with a private-integration token (static, no refresh).
     *
     * @param token the token; never logged or shown in messages
     * @return this builder
     */
    public Builder privateIntegrationToken(String token) {
      Secret secret = Secret.of(token, "privateIntegrationToken");
      this.tokenProvider = TokenProvider.fixed(secret, Set.of());
      return this;
    }

    /**
     * Authenticates with tokens from a provider (OAuth refreshes behind this seam). The provider's
     * granted scopes are checked when {@link #grantedScopes} is not set.
     *
     * @param provider the token provider
     * @return this builder
     */
    public Builder tokenProvider(TokenProvider provider) {
      this.tokenProvider = Arguments.notNull(provider, "tokenProvider");
      return this;
    }

    /**
     * Authenticates with OAuth: tokens from the setup's {@code TokenStore}, refreshed before they
     * expire and once after a 401, with the granted scopes checked when {@link #grantedScopes} is
     * not set. A setup that acts for a location also makes it the default {@link #locationId}.
     *
     * @param setup the app (client id and secret), the token store and who to act for
     * @return this builder
     */
    public Builder oauth(io.ghlsync.ghl.oauth.GhlOAuthSetup setup) {
      Arguments.notNull(setup, "oauth");
      setup.locationId().ifPresent(this::locationId);
      return tokenProvider(setup.tokenProvider());
    }

    /**
     * Narrows the scopes this client may use; operations needing another scope then fail before
     * sending with {@code PermissionException}. It never widens what the token was granted: when
     * the token carries its scopes (OAuth, or {@code TokenProvider.fixed} with scopes), a declared
     * scope it lacks is refused by {@link #build()} (or, for OAuth tokens read from a store, by the
     * first call). Unset means "use the token's scopes, or don't check if it has none".
     *
     * @param scopes e.g. {@code contacts.readonly}, {@code contacts.write}
     * @return this builder
     */
    public Builder grantedScopes(String... scopes) {
      return grantedScopes(new LinkedHashSet<>(Arrays.asList(scopes)));
    }

    /**
     * Narrows the scopes this client may use (see {@link #grantedScopes(String...)}).
     *
     * @param scopes the scopes
     * @return this builder
     */
    public Builder grantedScopes(Set<String> scopes) {
      Arguments.notNull(scopes, "grantedScopes");
      for (String s : scopes) {
        Arguments.notBlank(s, "grantedScopes item");
      }
      this.grantedScopes = Set.copyOf(scopes);
      return this;
    }

    /**
     * Sets the default location: the rate-limit key of requests that name no location, and the
     * locationId of requests that need one but leave it unset.
     *
     * @param value the location (sub-account) id
     * @return this builder
     */
    public Builder locationId(String value) {
      this.locationId = PathSegments.id(value, "locationId");
      return this;
    }

    /**
     * Sets the API version (default {@code 2021-07-28}).
     *
     * @param value the version
     * @return this builder
     */
    public Builder version(GhlApiVersion value) {
      this.version = Arguments.notNull(value, "version");
      return this;
    }

    /**
     * Sets the client-side rate limit (default: GHL's 100 per 10 s and 200,000 per day, per
     * location); it adapts to GHL's {@code X-RateLimit-*} headers.
     *
     * @param value the starting limits
     * @return this builder
     */
    public Builder rateLimit(RateLimitConfig value) {
      this.rateLimit = Arguments.notNull(value, "rateLimit");
      return this;
    }

    /**
     * Sets the retry policy (default {@link RetryConfig#defaults()}).
     *
     * @param value retry settings
     * @return this builder
     */
    public Builder retry(RetryConfig value) {
      this.retry = Arguments.notNull(value, "retry");
      return this;
    }

    /**
     * Adjusts the transport: timeouts, proxy, user agent, the host's OkHttpClient, logging. Applied
     * after the settings above, so it may override them.
     *
     * @param customizer changes to the configuration builder
     * @return this builder
     */
    public Builder config(Consumer<ClientConfig.Builder> customizer) {
      this.configCustomizer = Arguments.notNull(customizer, "config");
      return this;
    }

    /**
     * Sets where the {@code ...Async} methods run (default: OkHttp's dispatcher threads).
     *
     * @param executor the executor
     * @return this builder
     */
    public Builder asyncExecutor(Executor executor) {
      this.asyncExecutor = Arguments.notNull(executor, "asyncExecutor");
      return this;
    }

    /**
     * Builds the client.
     *
     * @return the client
     * @throws IllegalArgumentException if no credential was given
     */
    public GhlClient build() {
      TokenProvider tokens = tokenProvider;
      if (tokens == null) {
        throw new IllegalArgumentException(
            "a credential is required: call privateIntegrationToken(..) or tokenProvider(..)");
      }
      // A refreshing (OAuth) provider learns its scopes from the token store, which may be empty
      // or remote at build time: its check happens at the first call instead.
      if (grantedScopes != null && !(tokens instanceof RefreshingTokenProvider)) {
        Scopes.effective(tokens.grantedScopes(), Optional.of(grantedScopes));
      }
      return new GhlClient(this, tokens);
    }
  }
}
