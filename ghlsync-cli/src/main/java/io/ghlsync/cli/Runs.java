package io.ghlsync.cli;

import io.ghlsync.core.ApiException;
import io.ghlsync.core.AuthenticationException;
import io.ghlsync.core.NetworkException;
import io.ghlsync.core.PermissionException;
import io.ghlsync.sync.SyncEngine;
import io.ghlsync.sync.store.QueueStats;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/** Helpers the commands that run the engine share. */
final class Runs {
  private static final Duration TICK = Duration.ofMillis(200);

  private Runs() {}

  /**
   * Starts the workers and waits until nothing is ready, delayed or leased.
   *
   * @param engine the engine
   * @throws InterruptedException on Ctrl-C (the engine is closed by the caller; queued work stays)
   */
  static void drain(SyncEngine engine) throws InterruptedException {
    engine.start();
    while (!engine.awaitIdle(TICK)) {
      if (Thread.currentThread().isInterrupted()) {
        throw new InterruptedException();
      }
    }
  }

  /**
   * The queue as a document.
   *
   * @param stats the counts
   * @return ready, delayed, leased, deadLetters
   */
  static Map<String, Object> queue(QueueStats stats) {
    Map<String, Object> q = new LinkedHashMap<>();
    q.put("ready", stats.ready());
    q.put("delayed", stats.delayed());
    q.put("leased", stats.leased());
    q.put("deadLetters", stats.deadLetters());
    return q;
  }

  /**
   * Turns a service failure into the command line's message and exit code.
   *
   * @param what what was being done, e.g. {@code reading contact X from GHL}
   * @param key the configuration key of the service's credential
   * @param e the failure
   * @return the failure to throw
   */
  static CliFailure explain(String what, String key, ApiException e) {
    if (e instanceof NetworkException) {
      return CliFailure.usage(
          what
              + " failed: the service cannot be reached ("
              + e.getMessage()
              + "); check "
              + key.replaceAll("\\.credentials.*$", ".url")
              + " and the network");
    }
    if (e instanceof AuthenticationException) {
      return CliFailure.failed(
          what
              + " failed: the credential "
              + key
              + " was refused ("
              + e.getMessage()
              + "); issue a new one");
    }
    if (e instanceof PermissionException) {
      return CliFailure.failed(
          what
              + " failed: a scope is missing ("
              + e.getMessage()
              + "); re-authorise the token with it");
    }
    return CliFailure.failed(what + " failed: " + e.getMessage());
  }
}
