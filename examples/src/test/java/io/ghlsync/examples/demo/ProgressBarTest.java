package io.ghlsync.examples.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.ghlsync.sync.ContactSyncResult;
import io.ghlsync.sync.model.Trigger;
import io.ghlsync.sync.store.DeadLetter;
import io.ghlsync.sync.store.WorkItem;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ProgressBarTest {
  private static WorkItem item(String target, String contact) {
    Instant now = Instant.parse("2024-01-01T00:00:00Z");
    return new WorkItem(
        "w-" + contact, "loc", contact, Set.of(target), Set.of(Trigger.BACKFILL), 0, "", now, now);
  }

  private static Map<String, Integer> totals() {
    Map<String, Integer> t = new LinkedHashMap<>();
    t.put("onoffice", 2);
    t.put("optmyzr", 2);
    return t;
  }

  @Test
  void countsFinishedContactsPerTargetSinceTheStartOfThePhase() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    ProgressBar bar = new ProgressBar(new PrintStream(bytes, true, StandardCharsets.UTF_8), true);
    bar.onDone(
        item("onoffice", "before"),
        new ContactSyncResult("loc", "before", ContactSyncResult.Status.SYNCED, List.of(), ""));

    bar.begin(totals());
    bar.onDone(
        item("onoffice", "a"),
        new ContactSyncResult("loc", "a", ContactSyncResult.Status.SYNCED, List.of(), ""));
    bar.onDeadLettered(
        new DeadLetter("d1", "optmyzr", item("optmyzr", "b"), "refused", Instant.now()));
    bar.onRateLimitWait("loc", Duration.ofMillis(5));
    String half = bar.line();
    bar.finish();

    assertThat(half)
        .startsWith("  [###############---------------]  50%")
        .contains("onoffice 1/2  optmyzr 1/2  writes 0  rate-limit waits 1");
    String printed = bytes.toString(StandardCharsets.UTF_8);
    assertThat(printed).startsWith("\r").endsWith("\n").contains(" 50%  onoffice 1/2");
  }

  @Test
  void withoutATerminalItPrintsWholeLinesOnly() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    ProgressBar bar = new ProgressBar(new PrintStream(bytes, true, StandardCharsets.UTF_8), false);

    bar.begin(totals());
    Thread.sleep(150);
    for (String target : List.of("onoffice", "optmyzr")) {
      for (String c : List.of("a", "b")) {
        bar.onDone(
            item(target, c),
            new ContactSyncResult("loc", c, ContactSyncResult.Status.SYNCED, List.of(), ""));
      }
    }
    bar.finish();

    String printed = bytes.toString(StandardCharsets.UTF_8);
    assertThat(printed).doesNotContain("\r").contains("  0%  onoffice 0/2");
    assertThat(printed.lines().reduce((a, b) -> b).orElseThrow())
        .contains("100%  onoffice 2/2  optmyzr 2/2  writes 0");
  }
}
