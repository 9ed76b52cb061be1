package io.ghlsync.core;

import io.ghlsync.core.internal.AuthInterceptor;
import io.ghlsync.core.internal.HeadersInterceptor;
import io.ghlsync.core.internal.LoggingInterceptor;
import io.ghlsync.core.internal.NoDelaySocketFactory;
import io.ghlsync.core.internal.ObservingInterceptor;
import io.ghlsync.core.internal.RateLimitInterceptor;
import io.ghlsync.core.internal.RequestTag;
import io.ghlsync.core.internal.RetryInterceptor;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import javax.net.SocketFactory;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import org.jspecify.annotations.Nullable;

/**
 * Builds the one OkHttp stack of a client from its {@link ClientConfig}. Interceptors, outermost
 * first, each with one job: observing (only with an {@link HttpObserver}), retry (Failsafe), rate
 * limit (per key), authentication, fixed headers, then redacting logging of every attempt.
 */
public final class HttpStack implements AutoCloseable {
  private final OkHttpClient okHttp;
  private final @Nullable KeyedRateLimiter limiter;
  private final boolean ownsTransport;

  private HttpStack(OkHttpClient okHttp, @Nullable KeyedRateLimiter limiter, boolean owns) {
    this.okHttp = okHttp;
    this.limiter = limiter;
    this.ownsTransport = owns;
  }

  /**
   * Releases what this stack owns: the dispatcher's threads and the pooled connections of the
   * OkHttpClient it built. When the host handed in its own {@code OkHttpClient}, the dispatcher and
   * pool are the host's (shared with every client built from it) and are left alone. Idempotent.
   */
  @Override
  public void close() {
    if (ownsTransport) {
      okHttp.dispatcher().executorService().shutdown();
      okHttp.connectionPool().evictAll();
    }
  }

  /**
   * Starts a stack for a configuration.
   *
   * @param config the transport configuration
   * @return a builder
   */
  public static Builder builder(ClientConfig config) {
    return new Builder(config);
  }

  /**
   * The configured OkHttpClient.
   *
   * @return the client with every interceptor installed
   */
  public OkHttpClient okHttp() {
    return okHttp;
  }

  /**
   * The rate limiter, when the configuration enables one.
   *
   * @return the limiter, or empty when rate limiting is disabled
   */
  public Optional<KeyedRateLimiter> rateLimiter() {
    return Optional.ofNullable(limiter);
  }

  /** Builder of an {@link HttpStack}. */
  public static final class Builder {
    private final ClientConfig config;
    private @Nullable TokenProvider tokens;
    private RateLimitHeaders rateLimitHeaders = RateLimitHeaders.ietf();
    private final List<Interceptor> extra = new ArrayList<>();
    private final java.util.LinkedHashMap<String, String> headers = new java.util.LinkedHashMap<>();
    private @Nullable String service;
    private Function<Request, String> operations = Builder::operationOf;

    private Builder(ClientConfig config) {
      this.config = config;
    }

    /**
     * Authenticates every request with a bearer token from this provider.
     *
     * @param provider token source
     * @return this builder
     */
    public Builder bearerTokens(TokenProvider provider) {
      this.tokens = provider;
      return this;
    }

    /**
     * Sets how the service's rate-limit headers are read (default: IETF names).
     *
     * @param reader the header reader
     * @return this builder
     */
    public Builder rateLimitHeaders(RateLimitHeaders reader) {
      this.rateLimitHeaders = reader;
      return this;
    }

    /**
     * Names the service for the {@link HttpObserver} (default: the base URL's host).
     *
     * @param name a short, fixed name such as {@code "ghl"}
     * @return this builder
     */
    public Builder service(String name) {
      if (name.isBlank()) {
        throw new IllegalArgumentException("service must not be blank");
      }
      this.service = name;
      return this;
    }

    /**
     * Sets how a request's operation is named for the {@link HttpObserver} (default: the operation
     * name each client tags its requests with, else the HTTP method). The name becomes a metric
     * tag, so it must not contain ids.
     *
     * @param names names a request's operation with bounded cardinality
     * @return this builder
     */
    public Builder operationNames(Function<Request, String> names) {
      this.operations = names;
      return this;
    }

    private static String operationOf(Request request) {
      RequestTag options = request.tag(RequestTag.class);
      return options == null ? request.method() : options.operation();
    }

    /**
     * Adds a header to every request (unless the request sets it).
     *
     * @param name header name
     * @param value header value
     * @return this builder
     */
    public Builder header(String name, String value) {
      headers.put(name, value);
      return this;
    }

    /**
     * Adds a service-specific interceptor just inside authentication (e.g. request signing).
     *
     * @param interceptor the interceptor
     * @return this builder
     */
    public Builder interceptor(Interceptor interceptor) {
      extra.add(interceptor);
      return this;
    }

    /**
     * Builds the stack.
     *
     * @return the stack
     */
    public HttpStack build() {
      OkHttpClient.Builder b =
          config.okHttpClient().map(OkHttpClient::newBuilder).orElseGet(OkHttpClient.Builder::new);
      b.connectTimeout(config.connectTimeout())
          .readTimeout(config.readTimeout())
          .writeTimeout(config.writeTimeout())
          .callTimeout(config.callTimeout())
          // OkHttp's own silent retry could resend a POST that was already processed; every
          // repetition goes through RetryInterceptor's safety rules instead.
          .retryOnConnectionFailure(false);
      config.proxy().ifPresent(b::proxy);
      SocketFactory sockets =
          config
              .okHttpClient()
              .map(OkHttpClient::socketFactory)
              .orElseGet(SocketFactory::getDefault);
      if (!(sockets instanceof NoDelaySocketFactory)) {
        b.socketFactory(new NoDelaySocketFactory(sockets));
      }
      if (config.observer() != HttpObserver.NONE) {
        String name = service != null ? service : config.baseUrl().host();
        b.addInterceptor(new ObservingInterceptor(config.observer(), name, operations));
      }
      b.addInterceptor(new RetryInterceptor(config.retry(), rateLimitHeaders));
      KeyedRateLimiter limiter = config.rateLimit().map(KeyedRateLimiter::new).orElse(null);
      if (limiter != null) {
        b.addInterceptor(
            new RateLimitInterceptor(limiter, rateLimitHeaders, config.defaultRateLimitKey()));
      }
      if (tokens != null) {
        b.addInterceptor(new AuthInterceptor(tokens));
      }
      extra.forEach(b::addInterceptor);
      Map<String, String> all = new java.util.LinkedHashMap<>(config.defaultHeaders());
      all.putAll(headers);
      b.addInterceptor(new HeadersInterceptor(config.userAgent(), all));
      b.addInterceptor(new LoggingInterceptor(config.logBodies()));
      return new HttpStack(b.build(), limiter, config.okHttpClient().isEmpty());
    }
  }
}
