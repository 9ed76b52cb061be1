package io.ghlsync.ghl.internal;

import io.ghlsync.core.ApiCalls;
import io.ghlsync.core.ApiException;
import io.ghlsync.core.RequestOptions;
import io.ghlsync.core.Scopes;
import io.ghlsync.core.TokenProvider;
import io.ghlsync.core.internal.RequestTag;
import io.ghlsync.ghl.GhlApiVersion;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import retrofit2.Call;

/**
 * What every service call shares: the scope check before sending, the per-request {@link
 * RequestTag} (operation, rate-limit key, retry safety, the caller's {@link RequestOptions}),
 * execution through core {@link ApiCalls}, and the {@link #async} mechanism behind every twin.
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
   * @param call builds the Retrofit call from the request tag
   * @param <T> body type
   * @return the body
   */
  public <T> T execute(
      GhlOperation op, @Nullable String rateLimitKey, Function<RequestTag, Call<T>> call) {
    return execute(op, rateLimitKey, RequestOptions.defaults(), call);
  }

  /**
   * Checks the scope, then executes the call with the caller's options and returns its body. Inside
   * a twin started by {@link #async}, the call is registered so that cancelling the future cancels
   * it.
   *
   * @param op the operation
   * @param rateLimitKey the location the request concerns, or null for the client's default
   * @param options the caller's per-request options (GHL has no idempotency key)
   * @param call builds the Retrofit call from the request tag
   * @param <T> body type
   * @return the body
   */
  public <T> T execute(
      GhlOperation op,
      @Nullable String rateLimitKey,
      RequestOptions options,
      Function<RequestTag, Call<T>> call) {
    options.requireNoIdempotencyKey("GHL");
    Call<T> c = RequestTag.applyTimeout(call.apply(tag(op, rateLimitKey).with(options)), options);
    AsyncCall<?> twin = AsyncCall.current();
    if (twin != null) {
      twin.track(c);
    }
    return calls.execute(c, op.label());
  }

  /**
   * Runs a blocking service method on the async executor: the one mechanism behind every {@code
   * ...Async} twin. Every failure (bad argument, missing scope, API error) completes the future
   * exceptionally; cancelling the future before it starts sends nothing, and cancelling it while
   * the request is in flight cancels the HTTP call.
   *
   * @param blocking the blocking method call, e.g. {@code () -> get(contactId)}
   * @param <T> result type
   * @return the future result
   */
  public <T> CompletableFuture<T> async(Supplier<T> blocking) {
    return AsyncCall.start(blocking, asyncExecutor);
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

  private RequestTag tag(GhlOperation op, @Nullable String rateLimitKey) {
    Scopes.require(
        Scopes.effective(tokens.grantedScopes(), grantedScopes), op.scope().value(), op.label());
    return new RequestTag(op.label(), rateLimitKey, op.retrySafe(), null);
  }
}
