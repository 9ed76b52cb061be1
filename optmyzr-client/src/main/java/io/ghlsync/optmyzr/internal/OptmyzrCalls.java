package io.ghlsync.optmyzr.internal;

import com.squareup.moshi.JsonDataException;
import io.ghlsync.core.ApiCalls;
import io.ghlsync.core.ApiException;
import io.ghlsync.core.Scopes;
import io.ghlsync.core.internal.RequestTag;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import retrofit2.Call;
import retrofit2.Response;

/**
 * Runs the client's calls through core {@link ApiCalls}, adds the least-privilege check and the
 * idempotency key of writes, and turns a body that does not fit the expected shape into an {@link
 * ApiException} instead of a raw parser error.
 */
public final class OptmyzrCalls {
  private final ApiCalls calls;
  private final Supplier<Optional<Set<String>>> grantedScopes;

  /**
   * Creates the runner.
   *
   * @param calls core call execution with the client's error mapping
   * @param grantedScopes the scopes of the current credential, empty if unknown
   */
  public OptmyzrCalls(ApiCalls calls, Supplier<Optional<Set<String>>> grantedScopes) {
    this.calls = calls;
    this.grantedScopes = grantedScopes;
  }

  /**
   * Options of a read (retried by HTTP method: GETs are safe).
   *
   * @param operation operation name
   * @return the options
   */
  public RequestTag read(String operation) {
    return RequestTag.of(operation);
  }

  /**
   * Checks the scope of a write, then returns its options with the idempotency key, which makes
   * core retries treat it as safe to repeat.
   *
   * @param operation operation name
   * @param scope the scope the write needs
   * @param idempotencyKey the key sent in {@code Idempotency-Key}
   * @return the options
   * @throws io.ghlsync.core.PermissionException if the credential's scopes are known and lack it
   */
  public RequestTag write(String operation, String scope, String idempotencyKey) {
    Scopes.require(grantedScopes.get(), scope, operation);
    return RequestTag.of(operation).withIdempotencyKey(idempotencyKey);
  }

  /**
   * Executes a call and returns its body.
   *
   * @param call the call
   * @param operation operation name
   * @param <T> body type
   * @return the body
   */
  public <T> T execute(Call<T> call, String operation) {
    try {
      return calls.execute(call, operation);
    } catch (JsonDataException e) {
      throw unexpectedShape(operation, e);
    }
  }

  /**
   * Executes a call and returns the successful response (to read its status).
   *
   * @param call the call
   * @param operation operation name
   * @param <T> body type
   * @return the response
   */
  public <T> Response<T> executeRaw(Call<T> call, String operation) {
    try {
      return calls.executeRaw(call, operation);
    } catch (JsonDataException e) {
      throw unexpectedShape(operation, e);
    }
  }

  private static ApiException unexpectedShape(String operation, JsonDataException e) {
    String message = operation + " returned a body of an unexpected shape: " + e.getMessage();
    return new ApiException(message, 200, null, List.of(message), null, false, e);
  }
}
