package io.ghlsync.ghl.internal;

import io.ghlsync.core.ApiCalls;
import io.ghlsync.core.ApiException;
import io.ghlsync.core.RequestOptions;
import io.ghlsync.core.Scopes;
import io.ghlsync.core.TokenProvider;
import io.ghlsync.ghl.GhlApiVersion;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import retrofit2.Call;

/**
 * What every service call shares: the scope check before sending, the per-request {@link
 * RequestOptions} (operation, rate-limit key, retry safety) and execution through core {@link
 * ApiCalls}.
 */
public final class GhlTransport {
  private final ApiCalls calls;
  private final TokenProvider tokens;
  private final Optional<Set<String>> grantedScopes;
  private final Optional<String> locationId;
  private final GhlApiVersion version;
  private final Executor asyncExecutor;

  /**
   * Creates the transport.
   *
   * @param calls executes calls and maps errors
   * @param tokens the token provider (asked for granted scopes when none are configured)
   * @param grantedScopes the scopes declared on the client (they narrow the token's), or empty
   * @param locationId the client's default location, if any
   * @param version the API version
   * @param asyncExecutor where asynchronous twins run
   */
  public GhlTransport(
      ApiCalls calls,
      TokenProvider tokens,
      Optional<Set<String>> grantedScopes,
      Optional<String> locationId,
      GhlApiVersion version,
      Executor asyncExecutor) {
    this.calls = calls;
    this.tokens = tokens;
    this.grantedScopes = grantedScopes;
    this.locationId = locationId;
    this.version = version;
    this.asyncExecutor = asyncExecutor;
  }

  /** The API version. */
  public GhlApiVersion version() {
    return version;
  }

  /**
   * The location of a request: its own, else the client's.
   *
   * @param requested the request's location id
   * @return the location id
   * @throws IllegalArgumentException if neither is set
   */
  public String locationId(Optional<String> requested) {
    return requested
        .or(() -> locationId)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "locationId must be set on the request or with GhlClient.builder()"
                        + ".locationId(..)"));
  }

  /**
   * Checks the scope, then executes the call and returns its body.
   *
   * @param op the operation
   * @param rateLimitKey the location the request concerns, or null for the client's default
   * @param call builds the Retrofit call from the request options
   * @param <T> body type
   * @return the body
   */
  public <T> T execute(
      GhlOperation op, @Nullable String rateLimitKey, Function<RequestOptions, Call<T>> call) {
    return calls.execute(call.apply(options(op, rateLimitKey)), op.label());
  }

  /**
   * Like {@link #execute}, on the async executor. The scope is checked before returning.
   *
   * @param op the operation
   * @param rateLimitKey the location the request concerns, or null for the client's default
   * @param call builds the Retrofit call from the request options
   * @param <T> body type
   * @return the future body
   */
  public <T> CompletableFuture<T> executeAsync(
      GhlOperation op, @Nullable String rateLimitKey, Function<RequestOptions, Call<T>> call) {
    return calls.executeAsync(call.apply(options(op, rateLimitKey)), op.label(), asyncExecutor);
  }

  /**
   * The error for a 2xx answer that lacks what the operation promises.
   *
   * @param op the operation
   * @param field the missing JSON field
   * @return the exception to throw
   */
  public static ApiException missing(GhlOperation op, String field) {
    String message = op.label() + " succeeded but the response has no '" + field + "'";
    return new ApiException(message, 200, null, List.of(message), null, false, null);
  }

  private RequestOptions options(GhlOperation op, @Nullable String rateLimitKey) {
    Scopes.require(
        Scopes.effective(tokens.grantedScopes(), grantedScopes), op.scope().value(), op.label());
    return new RequestOptions(op.label(), rateLimitKey, op.retrySafe(), null);
  }
}
