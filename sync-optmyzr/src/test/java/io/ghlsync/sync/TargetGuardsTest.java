package io.ghlsync.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ghlsync.sync.mapping.MappedRecord;
import io.ghlsync.sync.model.DeletePolicy;
import io.ghlsync.sync.model.EntityKind;
import io.ghlsync.sync.optmyzr.OptmyzrTarget;
import io.ghlsync.sync.target.DuplicateQuery;
import io.ghlsync.sync.target.SimpleTargetConnector;
import io.ghlsync.sync.target.TargetCapabilities;
import io.ghlsync.sync.target.TargetConnector;
import io.ghlsync.sync.target.TargetMatch;
import io.ghlsync.sync.target.TargetOperation;
import io.ghlsync.sync.target.TargetResult;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The connectors' {@code UnsupportedOperationException}s are guards, not gaps: each stands for an
 * operation the connector's capabilities exclude, which the engine therefore never sends and
 * refuses to be configured for. A caller that bypasses the engine gets the refusal as a failed
 * result, and nothing reaches the CRM.
 */
class TargetGuardsTest {
  private static TargetOperation.Update noteUpdate() {
    return new TargetOperation.Update(
        EntityKind.NOTE,
        "ghl-note-1",
        "77",
        Optional.of("1001"),
        MappedRecord.of(Map.of("note", "changed")),
        Map.of(),
        "key-1");
  }

  /** Runs one operation and returns the error of its {@code Failed} result. */
  private static RuntimeException refusal(TargetConnector target, TargetOperation op) {
    List<TargetResult> results = target.execute(List.of(op));
    assertThat(results).singleElement().isInstanceOf(TargetResult.Failed.class);
    return ((TargetResult.Failed) results.get(0)).error();
  }

  @Test
  void optmyzrNotesAreAppendOnlyAndAPluggedInConnectorRefusesRemovesByDefault() {
    try (Sandbox s = new Sandbox(1)) {
      TargetConnector optmyzr = OptmyzrTarget.builder(s.optmyzrClient).build();
      TargetConnector minimal =
          new SimpleTargetConnector() {
            @Override
            public String name() {
              return "minimal";
            }

            @Override
            public TargetCapabilities capabilities() {
              return new TargetCapabilities(Map.of(), Set.of(EntityKind.CONTACT), false);
            }

            @Override
            protected List<TargetMatch> findContacts(DuplicateQuery query) {
              return List.of();
            }

            @Override
            protected String create(TargetOperation.Create create) {
              return "1";
            }

            @Override
            protected void update(TargetOperation.Update update) {}
          };

      assertThat(optmyzr.capabilities().canUpdate(EntityKind.NOTE)).isFalse();
      assertThat(refusal(optmyzr, noteUpdate()))
          .isInstanceOf(UnsupportedOperationException.class)
          .hasMessageContaining("append-only");
      assertThat(s.optmyzr.journal().entries()).isEmpty();
      assertThat(minimal.capabilities().supports(EntityKind.TASK, DeletePolicy.DELETE)).isFalse();
      List<TargetResult> removed =
          minimal.execute(
              List.of(
                  new TargetOperation.Remove(EntityKind.TASK, "t1", DeletePolicy.DELETE, "k3")));
      assertThat(removed)
          .singleElement()
          .isInstanceOfSatisfying(
              TargetResult.Failed.class,
              f ->
                  assertThat(f.error())
                      .isInstanceOf(UnsupportedOperationException.class)
                      .hasMessage("minimal cannot DELETE TASK records"));
      assertThatThrownBy(
              () ->
                  s.optmyzrEngine()
                      .target(minimal)
                      .onDelete(EntityKind.TASK, DeletePolicy.DELETE)
                      .build())
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("choose another onDelete policy");
    }
  }
}
