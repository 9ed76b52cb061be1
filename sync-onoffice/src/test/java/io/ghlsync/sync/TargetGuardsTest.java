package io.ghlsync.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ghlsync.sync.mapping.MappedRecord;
import io.ghlsync.sync.model.DeletePolicy;
import io.ghlsync.sync.model.EntityKind;
import io.ghlsync.sync.onoffice.OnOfficeTarget;
import io.ghlsync.sync.target.TargetConnector;
import io.ghlsync.sync.target.TargetOperation;
import io.ghlsync.sync.target.TargetResult;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
  void onOfficeNeverUpdatesNotesNorDeletesAndTheEngineRefusesToAskIt() {
    try (Sandbox s = new Sandbox(1)) {
      TargetConnector onOffice = OnOfficeTarget.builder(s.onOfficeClient).build();

      assertThat(onOffice.capabilities().canUpdate(EntityKind.NOTE)).isFalse();
      assertThat(onOffice.capabilities().supports(EntityKind.CONTACT, DeletePolicy.DELETE))
          .isFalse();
      assertThat(onOffice.capabilities().supports(EntityKind.NOTE, DeletePolicy.ARCHIVE)).isFalse();
      assertThat(refusal(onOffice, noteUpdate()))
          .isInstanceOf(UnsupportedOperationException.class)
          .hasMessageContaining("agents-log entries (notes) cannot be updated");
      assertThat(
              refusal(
                  onOffice,
                  new TargetOperation.Remove(
                      EntityKind.CONTACT, "1001", DeletePolicy.DELETE, "key-2")))
          .isInstanceOf(UnsupportedOperationException.class)
          .hasMessageContaining("can only archive contacts and tasks");
      assertThatThrownBy(
              () -> s.onOfficeEngine().onDelete(EntityKind.CONTACT, DeletePolicy.DELETE).build())
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("choose another onDelete policy");
      assertThat(s.onOffice.receivedActions()).isEmpty();
    }
  }
}
