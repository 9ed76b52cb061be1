package io.ghlsync.cli;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Turns Ctrl-C into an interrupt of the command's thread, and holds the JVM's shutdown until the
 * command has stopped cleanly (workers finish their batch, the store is closed), so that the next
 * run resumes where this one stopped.
 */
final class Interruption implements AutoCloseable {
  private static final long GRACE_SECONDS = 60;

  private final Thread hook;
  private final CountDownLatch stopped = new CountDownLatch(1);

  private Interruption(Thread command) {
    this.hook =
        new Thread(
            () -> {
              command.interrupt();
              try {
                stopped.await(GRACE_SECONDS, TimeUnit.SECONDS);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            },
            "ghlsync-ctrl-c");
    Runtime.getRuntime().addShutdownHook(hook);
  }

  /**
   * Starts turning Ctrl-C into an interrupt of the calling thread.
   *
   * @return the registration; close it when the command has stopped
   */
  static Interruption ofCurrentThread() {
    return new Interruption(Thread.currentThread());
  }

  @Override
  public void close() {
    stopped.countDown();
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException shuttingDown) {
      // Ctrl-C arrived: the hook is running and now lets the JVM exit.
    }
  }
}
