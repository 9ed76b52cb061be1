package io.ghlsync.examples.demo;

import io.ghlsync.sync.ContactSyncResult;
import io.ghlsync.sync.SyncListener;
import io.ghlsync.sync.store.DeadLetter;
import io.ghlsync.sync.store.WorkItem;
import java.io.PrintStream;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;

/**
 * A terminal progress bar driven by the engine's {@link SyncListener} callbacks: contacts finished
 * per target against the number queued. On an interactive terminal it redraws one line ten times a
 * second; otherwise (piped output, tests) it prints a line at every quarter.
 */
final class ProgressBar implements SyncListener {
  private static final int WIDTH = 30;

  private final PrintStream out;
  private final boolean live;
  private final Map<String, AtomicLong> finished = new ConcurrentHashMap<>();
  private final AtomicLong writes = new AtomicLong();
  private final AtomicLong waits = new AtomicLong();
  private Map<String, Long> totals = Map.of();
  private Map<String, Long> baseline = Map.of();
  private long baselineWrites;
  private long startNanos;
  private int printedQuarter = -1;
  private int drawnLength;
  private @Nullable ScheduledExecutorService ticker;

  /**
   * Creates a bar.
   *
   * @param out where to draw
   * @param live true to redraw in place (an interactive terminal)
   */
  ProgressBar(PrintStream out, boolean live) {
    this.out = out;
    this.live = live;
  }

  @Override
  public void onDone(WorkItem item, ContactSyncResult result) {
    item.targets()
        .forEach(t -> finished.computeIfAbsent(t, k -> new AtomicLong()).incrementAndGet());
    writes.addAndGet(result.writes());
  }

  @Override
  public void onDeadLettered(DeadLetter letter) {
    finished.computeIfAbsent(letter.target(), t -> new AtomicLong()).incrementAndGet();
  }

  @Override
  public void onRateLimitWait(String locationId, Duration wait) {
    waits.incrementAndGet();
  }

  /**
   * Starts showing progress towards the given number of contacts per target.
   *
   * @param expected contacts queued per target name, in display order
   */
  synchronized void begin(Map<String, Integer> expected) {
    Map<String, Long> t = new LinkedHashMap<>();
    Map<String, Long> b = new LinkedHashMap<>();
    expected.forEach(
        (target, n) -> {
          t.put(target, (long) n);
          b.put(target, finishedOf(target));
        });
    totals = t;
    baseline = b;
    baselineWrites = writes.get();
    startNanos = System.nanoTime();
    printedQuarter = -1;
    ScheduledExecutorService s =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread thread = new Thread(r, "demo-progress");
              thread.setDaemon(true);
              return thread;
            });
    ScheduledFuture<?> unused = s.scheduleAtFixedRate(this::draw, 0, 100, TimeUnit.MILLISECONDS);
    ticker = s;
  }

  /** Stops redrawing and prints the final state on its own line. */
  synchronized void finish() {
    ScheduledExecutorService s = ticker;
    if (s != null) {
      s.shutdownNow();
      ticker = null;
    }
    if (live) {
      out.print("\r" + padded(line()) + "\n");
    } else {
      out.println(line());
    }
    out.flush();
  }

  private synchronized void draw() {
    if (ticker == null) {
      return; // finish() ran while this tick waited for the lock
    }
    if (live) {
      out.print("\r" + padded(line()));
      out.flush();
      return;
    }
    int quarter = (int) (fraction() * 4);
    if (quarter > printedQuarter && quarter < 4) {
      printedQuarter = quarter;
      out.println(line());
    }
  }

  /** Pads a redrawn line to the length of the previous one, so no old characters remain. */
  private String padded(String line) {
    String out =
        line.length() < drawnLength ? line + " ".repeat(drawnLength - line.length()) : line;
    drawnLength = line.length();
    return out;
  }

  /**
   * The current progress line, e.g. {@code [######....] 60% onoffice 12/20 optmyzr 12/20}.
   *
   * @return the line
   */
  synchronized String line() {
    double fraction = fraction();
    int filled = (int) Math.round(fraction * WIDTH);
    StringBuilder line = new StringBuilder("  [");
    line.append("#".repeat(filled)).append("-".repeat(WIDTH - filled)).append("] ");
    line.append(String.format(Locale.ROOT, "%3d%%", Math.round(fraction * 100)));
    totals.forEach(
        (target, total) ->
            line.append("  ")
                .append(target)
                .append(' ')
                .append(done(target))
                .append('/')
                .append(total));
    line.append("  writes ").append(writes.get() - baselineWrites);
    if (waits.get() > 0) {
      line.append("  rate-limit waits ").append(waits.get());
    }
    double seconds = (System.nanoTime() - startNanos) / 1e9;
    line.append(String.format(Locale.ROOT, "  %.1fs", seconds));
    return line.toString();
  }

  private double fraction() {
    long total = totals.values().stream().mapToLong(Long::longValue).sum();
    if (total == 0) {
      return 1.0;
    }
    long done = totals.keySet().stream().mapToLong(this::done).sum();
    return Math.min(1.0, done / (double) total);
  }

  private long done(String target) {
    return Math.min(
        totals.getOrDefault(target, 0L), finishedOf(target) - baseline.getOrDefault(target, 0L));
  }

  private long finishedOf(String target) {
    AtomicLong n = finished.get(target);
    return n == null ? 0 : n.get();
  }
}
