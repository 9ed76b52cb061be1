package io.ghlsync.cli;

import io.ghlsync.sync.ContactSyncResult;
import io.ghlsync.sync.SyncListener;
import io.ghlsync.sync.store.DeadLetter;
import io.ghlsync.sync.store.WorkItem;
import java.io.PrintStream;
import java.time.temporal.ChronoUnit;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.DelegatingProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.jspecify.annotations.Nullable;

/**
 * The live progress bar of a backfill (contacts finished of contacts queued, rate and ETA), drawn
 * by the progressbar library from the engine's {@link SyncListener} events. On a terminal it
 * redraws one line in place; otherwise (a pipe, a log file) it prints a line every second.
 */
final class BackfillProgress implements SyncListener {
  private static final int WIDTH = 100;

  private final PrintStream err;
  private final boolean terminal;
  private final boolean enabled;
  private volatile @Nullable ProgressBar bar;

  BackfillProgress(PrintStream err, boolean terminal, boolean enabled) {
    this.err = err;
    this.terminal = terminal;
    this.enabled = enabled;
  }

  /**
   * Starts drawing.
   *
   * @param total contacts to finish
   */
  void start(long total) {
    if (!enabled) {
      return;
    }
    ProgressBarBuilder b =
        new ProgressBarBuilder()
            .setTaskName("backfill")
            .setInitialMax(total)
            .setUnit(" contacts", 1)
            .showSpeed()
            .setSpeedUnit(ChronoUnit.SECONDS)
            .setUpdateIntervalMillis(terminal ? 200 : 1000)
            // Colour codes only where a terminal shows them, not in logs and pipes.
            .setStyle(terminal ? ProgressBarStyle.COLORFUL_UNICODE_BLOCK : ProgressBarStyle.ASCII);
    b.setConsumer(
        terminal
            ? new ConsoleProgressBarConsumer(err, WIDTH)
            : new DelegatingProgressBarConsumer(err::println, WIDTH));
    bar = b.build();
  }

  @Override
  public void onDone(WorkItem item, ContactSyncResult result) {
    step();
  }

  @Override
  public void onDeadLettered(DeadLetter letter) {
    step();
  }

  private void step() {
    ProgressBar b = bar;
    if (b != null && b.getCurrent() < b.getMax()) {
      b.step();
    }
  }

  /** Draws the last state and stops. */
  void finish() {
    ProgressBar b = bar;
    if (b != null) {
      b.close();
      bar = null;
    }
  }
}
