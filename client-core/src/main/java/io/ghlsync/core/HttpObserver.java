package io.ghlsync.core;

/**
 * Hook for metrics and traces of a client's HTTP calls, set with {@link
 * ClientConfig.Builder#observer(HttpObserver)}. It depends on nothing: the optional {@code
 * ghlsync-micrometer} module binds it to Micrometer, and a host may implement it for anything else.
 *
 * <p>One {@link HttpCall} is one operation as the caller sees it: its rate-limit waits, its retries
 * and its final answer. {@link #callStarted} runs on the calling thread before the operation waits
 * for a rate-limit permit; the returned {@link HttpCallObservation} hears the rest of that call on
 * the same thread. Implementations must be quick and thread safe; an exception they throw is logged
 * at WARN and ignored, so observing never breaks a call.
 *
 * <p>Names and tags are bounded: {@link HttpCall#operation()} is a template such as {@code "GET
 * /contacts/{contactId}"}, never an id; the rate-limit key (a GHL location id or a configured key)
 * is the only id handed over.
 */
@FunctionalInterface
public interface HttpObserver {
  /** Observes nothing; the default of every client. */
  HttpObserver NONE = call -> HttpCallObservation.NONE;

  /**
   * A call starts.
   *
   * @param call what is being called
   * @return the observation of this call ({@link HttpCallObservation#NONE} to ignore it)
   */
  HttpCallObservation callStarted(HttpCall call);
}
