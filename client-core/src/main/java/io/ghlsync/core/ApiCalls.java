package io.ghlsync.core;

import io.ghlsync.core.internal.ReadableBodies;
import io.ghlsync.core.internal.ResponseStatus;
import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import okhttp3.ResponseBody;
import retrofit2.Call;
import retrofit2.Response;

/**
 * Executes Retrofit calls for the service classes: success bodies are returned, failures become the
 * typed {@link ApiException} hierarchy with the operation name, status, messages and request id.
 */
public final class ApiCalls {
  private final ErrorMapper mapper;
  private final RateLimitHeaders rateLimitHeaders;

  /**
   * Creates an executor.
   *
   * @param mapper how error details become exceptions
   * @param rateLimitHeaders how to read rate-limit headers for 429 details
   */
  public ApiCalls(ErrorMapper mapper, RateLimitHeaders rateLimitHeaders) {
    this.mapper = mapper;
    this.rateLimitHeaders = rateLimitHeaders;
  }

  /**
   * Executes a call and returns its body.
   *
   * @param call the call
   * @param operation operation name for messages, e.g. {@code "GET /contacts/{contactId}"}
   * @param <T> body type
   * @return the body
   * @throws ApiException on any failure
   */
  public <T> T execute(Call<T> call, String operation) {
    Response<T> response = executeRaw(call, operation);
    T body = response.body();
    if (body == null) {
      throw new UnexpectedResponseException(operation, response.code(), "", null);
    }
    return body;
  }

  /**
   * Executes a call and returns the successful response (body may be empty).
   *
   * @param call the call
   * @param operation operation name for messages
   * @param <T> body type
   * @return the successful response
   * @throws ApiException on any failure
   */
  public <T> Response<T> executeRaw(Call<T> call, String operation) {
    Response<T> response;
    try {
      response = call.execute();
    } catch (ReadableBodies.UnreadableBody e) {
      throw new UnexpectedResponseException(
          operation, ResponseStatus.last(), e.text(), e.getCause());
    } catch (IOException e) {
      throw new NetworkException(operation, e);
    } catch (RuntimeException e) {
      if (e instanceof ApiException api) {
        throw api;
      }
      if (e.getCause() instanceof IOException io) {
        throw new NetworkException(operation, io);
      }
      throw e;
    }
    if (response.isSuccessful()) {
      return response;
    }
    String text = null;
    try (ResponseBody errorBody = response.errorBody()) {
      if (errorBody != null) {
        text = errorBody.string();
      }
    } catch (IOException e) {
      text = null;
    }
    ErrorDetails details = ErrorBodies.parse(response.code(), response.headers(), text, operation);
    throw mapper.map(details, rateLimitHeaders.read(response.raw()));
  }

  /**
   * Wraps the converter factory of a client's Retrofit so that a 2xx body it cannot read becomes an
   * {@link UnexpectedResponseException} (status, truncated redacted body, operation) instead of a
   * {@link NetworkException}.
   *
   * @param converters the factory that reads bodies, e.g. Moshi's
   * @return the factory to register with Retrofit
   */
  public static retrofit2.Converter.Factory readable(retrofit2.Converter.Factory converters) {
    return new ReadableBodies(converters);
  }

  /**
   * Runs {@link #execute} on an executor, for the {@code CompletableFuture} twins.
   *
   * @param call the call
   * @param operation operation name
   * @param executor where to run
   * @param <T> body type
   * @return the future body
   */
  public <T> CompletableFuture<T> executeAsync(Call<T> call, String operation, Executor executor) {
    return CompletableFuture.supplyAsync(() -> execute(call, operation), executor);
  }
}
