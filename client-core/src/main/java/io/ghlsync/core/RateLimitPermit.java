package io.ghlsync.core;

/**
 * One request's permission to go, from {@link KeyedRateLimiter#acquire(String)}. Hand it back with
 * the response's feedback ({@link KeyedRateLimiter#onResponse(RateLimitPermit, RateLimitFeedback)})
 * or, when no response came, with {@link KeyedRateLimiter#onNoResponse(RateLimitPermit)}, so the
 * limiter knows what is still in flight. Opaque; a permit is returned once.
 */
public final class RateLimitPermit {
  final String key;
  final long sentNanos;
  // Guarded by the bucket's lock: a detected window roll moves in-flight permits to the new window
  // and forgets what they saw when sent.
  long window;
  int remainingAtSend;
  boolean returned;

  RateLimitPermit(String key, long window, long sentNanos, int remainingAtSend) {
    this.key = key;
    this.window = window;
    this.sentNanos = sentNanos;
    this.remainingAtSend = remainingAtSend;
  }

  /**
   * The bucket key this permit was taken from.
   *
   * @return the key, e.g. a GHL location id
   */
  public String key() {
    return key;
  }

  @Override
  public String toString() {
    return "RateLimitPermit[key=" + key + ", window=" + window + "]";
  }
}
