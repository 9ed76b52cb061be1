package io.ghlsync.core.internal;

import io.ghlsync.core.HttpCall;
import io.ghlsync.core.HttpCallObservation;
import io.ghlsync.core.HttpObserver;
import io.ghlsync.core.RateLimitBudget;
import java.io.IOException;
import java.time.Duration;
import java.util.function.Function;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Outermost interceptor: starts one {@link HttpCallObservation} per call, hands it to the inner
 * interceptors as a request tag (rate limiting and retries report to it) and reports the end. A
 * failing observer is logged and ignored, so observing never changes a call's outcome.
 */
public final class ObservingInterceptor implements Interceptor {
  private static final Logger LOG = LoggerFactory.getLogger("io.ghlsync.http");

  private final HttpObserver observer;
  private final String service;
  private final Function<Request, String> operations;

  /**
   * Creates the interceptor.
   *
   * @param observer the host's observer
   * @param service the service name for {@link HttpCall#service()}
   * @param operations names a request's operation with bounded cardinality
   */
  public ObservingInterceptor(
      HttpObserver observer, String service, Function<Request, String> operations) {
    this.observer = observer;
    this.service = service;
    this.operations = operations;
  }

  /**
   * The observation of the call a request belongs to.
   *
   * @param request a request inside the stack
   * @return its observation, or {@link HttpCallObservation#NONE} when calls are not observed
   */
  public static HttpCallObservation of(Request request) {
    HttpCallObservation tagged = request.tag(HttpCallObservation.class);
    return tagged == null ? HttpCallObservation.NONE : tagged;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    HttpCall call = new HttpCall(service, operations.apply(request), request.method());
    HttpCallObservation observation;
    try {
      observation = new Guarded(observer.callStarted(call));
    } catch (RuntimeException e) {
      LOG.warn("HTTP observer {} failed; ignored", observer.getClass().getName(), e);
      return chain.proceed(request);
    }
    Response response;
    try {
      response =
          chain.proceed(request.newBuilder().tag(HttpCallObservation.class, observation).build());
    } catch (IOException | RuntimeException e) {
      observation.finished(0, e);
      throw e;
    }
    observation.finished(response.code(), null);
    return response;
  }

  /** Shields the call from an observer that throws. */
  private static final class Guarded implements HttpCallObservation {
    private final HttpCallObservation delegate;

    Guarded(HttpCallObservation delegate) {
      this.delegate = delegate;
    }

    private void guard(String event, Runnable call) {
      try {
        call.run();
      } catch (RuntimeException e) {
        LOG.warn(
            "HTTP observation {} failed in {}; ignored", delegate.getClass().getName(), event, e);
      }
    }

    @Override
    public void rateLimitWaited(String key, Duration wait) {
      guard("rateLimitWaited", () -> delegate.rateLimitWaited(key, wait));
    }

    @Override
    public void retried(int attempt, Duration waited, String cause) {
      guard("retried", () -> delegate.retried(attempt, waited, cause));
    }

    @Override
    public void budgetReported(String key, RateLimitBudget budget) {
      guard("budgetReported", () -> delegate.budgetReported(key, budget));
    }

    @Override
    public void finished(int status, @Nullable Throwable error) {
      guard("finished", () -> delegate.finished(status, error));
    }
  }
}
