package io.ghlsync.core.internal;

/**
 * The HTTP status of the last response seen on this thread. Retrofit reads bodies on the thread
 * that ran the interceptors but does not pass the status to its converters; this lets a body that
 * cannot be read still be reported with its status.
 */
public final class ResponseStatus {
  private static final ThreadLocal<int[]> LAST = ThreadLocal.withInitial(() -> new int[1]);

  private ResponseStatus() {}

  static void record(int status) {
    LAST.get()[0] = status;
  }

  /**
   * The status of the last response on this thread.
   *
   * @return the status, or 0 if none was seen
   */
  public static int last() {
    return LAST.get()[0];
  }
}
