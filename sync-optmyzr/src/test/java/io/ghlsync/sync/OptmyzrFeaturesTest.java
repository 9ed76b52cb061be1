package io.ghlsync.sync;

import static io.ghlsync.sync.Sandbox.LOCATION;
import static org.assertj.core.api.Assertions.assertThat;

import io.ghlsync.sync.mapping.DefaultMappings;
import org.junit.jupiter.api.Test;

class OptmyzrFeaturesTest {

  @Test
  void usesTheOptmyzrTargetWithIdempotencyKeysAndWritesNothingTwice() {
    try (Sandbox s = new Sandbox(15);
        SyncEngine engine = s.optmyzrEngine().build()) {
      engine.backfill(LOCATION);
      engine.runPending();
      long writes = writes(s);

      engine.backfill(LOCATION);
      engine.runPending();

      assertThat(s.optmyzr.contacts()).hasSize(15);
      assertThat(s.optmyzr.contacts())
          .allSatisfy(c -> assertThat(c).containsKeys("external_id", "email"));
      assertThat(s.optmyzr.storedIdempotencyKeys()).isGreaterThanOrEqualTo(15);
      assertThat(writes(s)).isEqualTo(writes);
      assertThat(engine.mapping().name()).isEqualTo(DefaultMappings.optmyzr().name());
    }
  }

  private static long writes(Sandbox s) {
    return s.optmyzr.journal().entries().stream().filter(e -> !e.method().equals("GET")).count();
  }
}
