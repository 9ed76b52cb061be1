package io.ghlsync.core;

import java.net.Proxy;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import org.jspecify.annotations.Nullable;

/**
 * Immutable transport configuration shared by every ghlsync client: base URL, timeouts, user agent,
 * proxy, retries, rate limits and logging. Build one with {@link #builder(String)}.
 *
 * <p>Example: {@code ClientConfig.builder("https://services.leadconnectorhq.com")
 * .readTimeout(Duration.ofSeconds(20)).build()}
 */
public final class ClientConfig {
  private final HttpUrl baseUrl;
  private final Duration connectTimeout;
  private final Duration readTimeout;
  private final Duration writeTimeout;
  private final Duration callTimeout;
  private final String userAgent;
  private final @Nullable Proxy proxy;
  private final @Nullable OkHttpClient okHttpClient;
  private final RetryConfig retry;
  private final @Nullable RateLimitConfig rateLimit;
  private final String defaultRateLimitKey;
  private final boolean logBodies;
  private final Map<String, String> defaultHeaders;
  private final HttpObserver observer;

  private ClientConfig(Builder b) {
    this.baseUrl = b.baseUrl;
    this.connectTimeout = b.connectTimeout;
    this.readTimeout = b.readTimeout;
    this.writeTimeout = b.writeTimeout;
    this.callTimeout = b.callTimeout;
    this.userAgent = b.userAgent;
    this.proxy = b.proxy;
    this.okHttpClient = b.okHttpClient;
    this.retry = b.retry;
    this.rateLimit = b.rateLimit;
    this.defaultRateLimitKey = b.defaultRateLimitKey;
    this.logBodies = b.logBodies;
    this.defaultHeaders = Map.copyOf(b.defaultHeaders);
    this.observer = b.observer;
  }

  /**
   * Starts a configuration for the given base URL.
   *
   * @param baseUrl absolute http(s) URL of the service
   * @return a builder
   * @throws IllegalArgumentException if the URL is not an absolute http(s) URL
   */
  public static Builder builder(String baseUrl) {
    return new Builder(parseBaseUrl(baseUrl));
  }

  /**
   * Returns a builder pre-filled with this configuration.
   *
   * @return a new builder; changing it does not affect this configuration
   */
  public Builder toBuilder() {
    Builder b = new Builder(baseUrl);
    b.connectTimeout = connectTimeout;
    b.readTimeout = readTimeout;
    b.writeTimeout = writeTimeout;
    b.callTimeout = callTimeout;
    b.userAgent = userAgent;
    b.proxy = proxy;
    b.okHttpClient = okHttpClient;
    b.retry = retry;
    b.rateLimit = rateLimit;
    b.defaultRateLimitKey = defaultRateLimitKey;
    b.logBodies = logBodies;
    b.defaultHeaders.putAll(defaultHeaders);
    b.observer = observer;
    return b;
  }

  static HttpUrl parseBaseUrl(String baseUrl) {
    if (baseUrl == null || baseUrl.isBlank()) {
      throw new IllegalArgumentException("baseUrl must not be blank");
    }
    HttpUrl url = HttpUrl.parse(baseUrl.endsWith("/") ? baseUrl : baseUrl + "/");
    if (url == null) {
      throw new IllegalArgumentException(
          "baseUrl must be an absolute http(s) URL such as https://api.example.com, was '"
              + baseUrl
              + "'");
    }
    return url;
  }

  /**
   * Base URL of the service.
   *
   * @return the base URL, always ending with {@code /}
   */
  public HttpUrl baseUrl() {
    return baseUrl;
  }

  /**
   * The observer of HTTP calls, for metrics and traces.
   *
   * @return the observer ({@link HttpObserver#NONE} unless set)
   */
  public HttpObserver observer() {
    return observer;
  }

  /**
   * Connect timeout.
   *
   * @return the connect timeout (10 seconds unless set)
   */
  public Duration connectTimeout() {
    return connectTimeout;
  }

  /**
   * Read timeout.
   *
   * @return the read timeout (30 seconds unless set)
   */
  public Duration readTimeout() {
    return readTimeout;
  }

  /**
   * Write timeout.
   *
   * @return the write timeout (30 seconds unless set)
   */
  public Duration writeTimeout() {
    return writeTimeout;
  }

  /**
   * Whole-call timeout per attempt.
   *
   * @return the call timeout; zero means none
   */
  public Duration callTimeout() {
    return callTimeout;
  }

  /**
   * User-Agent header value.
   *
   * @return the User-Agent value
   */
  public String userAgent() {
    return userAgent;
  }

  /**
   * Proxy, if set.
   *
   * @return the proxy, or empty for a direct connection
   */
  public Optional<Proxy> proxy() {
    return Optional.ofNullable(proxy);
  }

  /**
   * The host's own OkHttpClient to derive from (shares its pool and dispatcher), if set.
   *
   * @return the host's client, or empty if none was set
   */
  public Optional<OkHttpClient> okHttpClient() {
    return Optional.ofNullable(okHttpClient);
  }

  /**
   * Retry settings.
   *
   * @return the retry policy
   */
  public RetryConfig retry() {
    return retry;
  }

  /**
   * Client-side rate limit.
   *
   * @return the rate limit settings, or empty when the limiter is disabled
   */
  public Optional<RateLimitConfig> rateLimit() {
    return Optional.ofNullable(rateLimit);
  }

  /**
   * The limiter key used when a request names none (GHL: the location id).
   *
   * @return the default limiter key ({@code "default"} unless set)
   */
  public String defaultRateLimitKey() {
    return defaultRateLimitKey;
  }

  /**
   * Whether request/response bodies are logged at DEBUG (always redacted).
   *
   * @return {@code true} if bodies are logged
   */
  public boolean logBodies() {
    return logBodies;
  }

  /**
   * Headers added to every request.
   *
   * @return the default headers (unmodifiable); empty if none
   */
  public Map<String, String> defaultHeaders() {
    return defaultHeaders;
  }

  @Override
  public String toString() {
    return "ClientConfig[baseUrl="
        + baseUrl
        + ", readTimeout="
        + readTimeout
        + ", retry="
        + retry
        + ", rateLimit="
        + rateLimit
        + "]";
  }

  /** Builder of {@link ClientConfig}; every setter validates its argument. */
  public static final class Builder {
    private HttpUrl baseUrl;
    private Duration connectTimeout = Duration.ofSeconds(10);
    private Duration readTimeout = Duration.ofSeconds(30);
    private Duration writeTimeout = Duration.ofSeconds(30);
    private Duration callTimeout = Duration.ZERO;
    private String userAgent = SdkVersion.userAgent();
    private @Nullable Proxy proxy;
    private @Nullable OkHttpClient okHttpClient;
    private RetryConfig retry = RetryConfig.defaults();
    private @Nullable RateLimitConfig rateLimit;
    private String defaultRateLimitKey = "default";
    private boolean logBodies;
    private final Map<String, String> defaultHeaders = new LinkedHashMap<>();
    private HttpObserver observer = HttpObserver.NONE;

    private Builder(HttpUrl baseUrl) {
      this.baseUrl = baseUrl;
    }

    /**
     * Sets the base URL.
     *
     * @param url absolute http(s) URL
     * @return this builder
     */
    public Builder baseUrl(String url) {
      this.baseUrl = parseBaseUrl(url);
      return this;
    }

    /**
     * Sets the connect timeout.
     *
     * @param timeout positive duration
     * @return this builder
     */
    public Builder connectTimeout(Duration timeout) {
      this.connectTimeout = positive(timeout, "connectTimeout");
      return this;
    }

    /**
     * Sets the read timeout.
     *
     * @param timeout positive duration
     * @return this builder
     */
    public Builder readTimeout(Duration timeout) {
      this.readTimeout = positive(timeout, "readTimeout");
      return this;
    }

    /**
     * Sets the write timeout.
     *
     * @param timeout positive duration
     * @return this builder
     */
    public Builder writeTimeout(Duration timeout) {
      this.writeTimeout = positive(timeout, "writeTimeout");
      return this;
    }

    /**
     * Sets the timeout of one whole attempt; zero disables it.
     *
     * @param timeout zero or positive duration
     * @return this builder
     */
    public Builder callTimeout(Duration timeout) {
      if (timeout.isNegative()) {
        throw new IllegalArgumentException("callTimeout must not be negative");
      }
      this.callTimeout = timeout;
      return this;
    }

    /**
     * Sets the User-Agent.
     *
     * @param value non-blank value
     * @return this builder
     */
    public Builder userAgent(String value) {
      if (value == null || value.isBlank()) {
        throw new IllegalArgumentException("userAgent must not be blank");
      }
      this.userAgent = value;
      return this;
    }

    /**
     * Routes requests through a proxy.
     *
     * @param value the proxy
     * @return this builder
     */
    public Builder proxy(Proxy value) {
      this.proxy = value;
      return this;
    }

    /**
     * Derives the stack from the host's OkHttpClient (sharing its pool and dispatcher).
     *
     * @param client the host's client
     * @return this builder
     */
    public Builder okHttpClient(OkHttpClient client) {
      this.okHttpClient = client;
      return this;
    }

    /**
     * Sets the retry policy.
     *
     * @param value retry settings
     * @return this builder
     */
    public Builder retry(RetryConfig value) {
      this.retry = value;
      return this;
    }

    /**
     * Enables the client-side rate limiter.
     *
     * @param value limits to start from
     * @return this builder
     */
    public Builder rateLimit(RateLimitConfig value) {
      this.rateLimit = value;
      return this;
    }

    /**
     * Disables the client-side rate limiter (429s are still retried).
     *
     * @return this builder
     */
    public Builder noRateLimit() {
      this.rateLimit = null;
      return this;
    }

    /**
     * Sets the limiter key used when a request names none.
     *
     * @param key non-blank key, e.g. a location id
     * @return this builder
     */
    public Builder defaultRateLimitKey(String key) {
      if (key == null || key.isBlank()) {
        throw new IllegalArgumentException("defaultRateLimitKey must not be blank");
      }
      this.defaultRateLimitKey = key;
      return this;
    }

    /**
     * Logs bodies at DEBUG, with credentials and personal data redacted. Off by default.
     *
     * @param enabled whether to log bodies
     * @return this builder
     */
    public Builder logBodies(boolean enabled) {
      this.logBodies = enabled;
      return this;
    }

    /**
     * Adds a header sent with every request.
     *
     * @param name header name
     * @param value header value
     * @return this builder
     */
    public Builder defaultHeader(String name, String value) {
      if (name == null || name.isBlank()) {
        throw new IllegalArgumentException("header name must not be blank");
      }
      this.defaultHeaders.put(name, value);
      return this;
    }

    /**
     * Reports every call (operation, status, latency, retries, rate-limit waits and budget) to an
     * observer, e.g. {@code io.ghlsync.micrometer.GhlsyncMetrics#httpObserver()}.
     *
     * @param value the observer; {@link HttpObserver#NONE} turns observing off
     * @return this builder
     */
    public Builder observer(HttpObserver value) {
      this.observer = java.util.Objects.requireNonNull(value, "observer");
      return this;
    }

    /**
     * Builds the immutable configuration.
     *
     * @return the configuration
     */
    public ClientConfig build() {
      return new ClientConfig(this);
    }

    private static Duration positive(Duration d, String field) {
      if (d == null || d.isNegative() || d.isZero()) {
        throw new IllegalArgumentException(field + " must be a positive duration");
      }
      return d;
    }
  }
}
