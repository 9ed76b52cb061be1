package io.ghlsync.ghl.internal;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import retrofit2.Call;

/**
 * The future of an {@code ...Async} twin: it runs the blocking method on an executor and knows the
 * HTTP call in flight, so that {@link #cancel} reaches the socket. Why not {@code supplyAsync}: a
 * cancelled {@code CompletableFuture} does not stop the work behind it, and a twin whose request
 * keeps running after cancel would still spend the location's rate budget and may still write.
 *
 * @param <T> result type
 */
final class AsyncCall<T> extends CompletableFuture<T> {
  private static final ThreadLocal<@Nullable AsyncCall<?>> CURRENT = new ThreadLocal<>();

  private @Nullable Call<?> inFlight;

  private AsyncCall() {}

  /**
   * Starts the blocking method on the executor.
   *
   * @param blocking the blocking call
   * @param executor where it runs
   * @param <T> result type
   * @return the future
   */
  static <T> AsyncCall<T> start(Supplier<T> blocking, Executor executor) {
    AsyncCall<T> future = new AsyncCall<>();
    try {
      executor.execute(() -> future.run(blocking));
    } catch (RejectedExecutionException e) {
      future.completeExceptionally(e);
    }
    return future;
  }

  /** The twin running on this thread, if any. */
  static @Nullable AsyncCall<?> current() {
    return CURRENT.get();
  }

  private void run(Supplier<T> blocking) {
    if (isDone()) {
      return; // cancelled before it started: send nothing
    }
    CURRENT.set(this);
    try {
      complete(blocking.get());
    } catch (RuntimeException | Error e) {
      completeExceptionally(e);
    } finally {
      CURRENT.remove();
    }
  }

  /** Registers the call about to be executed; cancels it at once if the future already was. */
  synchronized void track(Call<?> call) {
    inFlight = call;
    if (isCancelled()) {
      call.cancel();
    }
  }

  @Override
  public boolean cancel(boolean mayInterruptIfRunning) {
    boolean cancelled = super.cancel(mayInterruptIfRunning);
    Call<?> call;
    synchronized (this) {
      call = inFlight;
    }
    if (call != null) {
      call.cancel();
    }
    return cancelled;
  }
}
