package io.ghlsync.testkit;

import java.time.Duration;

/**
 * A fault a fake server can inject into one response. Faults are switched on through {@link
 * Faults}, either as a script (the next matching requests) or at a rate (a share of matching
 * requests).
 *
 * <p>Some faults stop the request before the fake's state changes ({@link Status}, {@link
 * ExpiredToken}, {@link ConnectionReset} with {@code afterProcessing == false}); the others let the
 * fake process the request, so its state changes, and then spoil the response.
 */
public sealed interface Fault
    permits Fault.Status,
        Fault.Slow,
        Fault.ConnectionReset,
        Fault.TruncatedJson,
        Fault.MalformedJson,
        Fault.ExpiredToken,
        Fault.AppliedThenStatus {

  /**
   * Answers with an error status (e.g. 429, 500, 502, 503) in the fake's error-body shape, without
   * processing the request.
   *
   * @param code the HTTP status code, 400 to 599
   */
  record Status(int code) implements Fault {
    /**
     * Validates the status code.
     *
     * @param code the HTTP status code, 400 to 599
     */
    public Status {
      if (code < 400 || code > 599) {
        throw new IllegalArgumentException("code must be an HTTP error status (400-599): " + code);
      }
    }
  }

  /**
   * Processes the request normally but holds the response headers back for a while.
   *
   * @param delay how long the response is held back; must not be negative
   */
  record Slow(Duration delay) implements Fault {
    /**
     * Validates the delay.
     *
     * @param delay how long the response is held back
     */
    public Slow {
      if (delay.isNegative()) {
        throw new IllegalArgumentException("delay must not be negative: " + delay);
      }
    }
  }

  /**
   * Closes the connection instead of answering, so the client sees an I/O error.
   *
   * @param afterProcessing whether the fake processes the request (its state changes) before the
   *     connection drops, which models a response lost on the way back
   */
  record ConnectionReset(boolean afterProcessing) implements Fault {}

  /** Processes the request, then sends only the first half of the JSON body. */
  record TruncatedJson() implements Fault {}

  /** Processes the request, then replaces the body with text that is not valid JSON. */
  record MalformedJson() implements Fault {}

  /** Answers as the service does for an expired credential (401), without processing. */
  record ExpiredToken() implements Fault {}

  /**
   * Processes the request (its state changes) and then answers with an error status anyway, like
   * GHL's known "422 but the contact was created" behaviour.
   *
   * @param code the HTTP status code, 400 to 599
   */
  record AppliedThenStatus(int code) implements Fault {
    /**
     * Validates the status code.
     *
     * @param code the HTTP status code, 400 to 599
     */
    public AppliedThenStatus {
      if (code < 400 || code > 599) {
        throw new IllegalArgumentException("code must be an HTTP error status (400-599): " + code);
      }
    }
  }

  /**
   * An error status without processing.
   *
   * @param code the HTTP status code, 400 to 599
   * @return the fault
   */
  static Fault status(int code) {
    return new Status(code);
  }

  /**
   * A 429 Too Many Requests without processing.
   *
   * @return the fault
   */
  static Fault tooManyRequests() {
    return new Status(429);
  }

  /**
   * A slow but otherwise normal response.
   *
   * @param delay how long the response headers are held back
   * @return the fault
   */
  static Fault slow(Duration delay) {
    return new Slow(delay);
  }

  /**
   * A dropped connection before the request is processed.
   *
   * @return the fault
   */
  static Fault connectionReset() {
    return new ConnectionReset(false);
  }

  /**
   * A dropped connection after the request was processed (the response is lost).
   *
   * @return the fault
   */
  static Fault connectionResetAfterProcessing() {
    return new ConnectionReset(true);
  }

  /**
   * A processed request whose JSON body is cut in half.
   *
   * @return the fault
   */
  static Fault truncatedJson() {
    return new TruncatedJson();
  }

  /**
   * A processed request whose body is not JSON.
   *
   * @return the fault
   */
  static Fault malformedJson() {
    return new MalformedJson();
  }

  /**
   * A 401 for an expired credential, without processing.
   *
   * @return the fault
   */
  static Fault expiredToken() {
    return new ExpiredToken();
  }

  /**
   * A processed request answered with an error status anyway.
   *
   * @param code the HTTP status code, 400 to 599
   * @return the fault
   */
  static Fault appliedThenStatus(int code) {
    return new AppliedThenStatus(code);
  }
}
