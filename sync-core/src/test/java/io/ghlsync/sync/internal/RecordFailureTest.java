package io.ghlsync.sync.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.ghlsync.sync.model.EntityKind;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RecordFailureTest {
  @Test
  void namesKindGhlIdTargetIdOperationAndError() {
    RecordFailure f =
        new RecordFailure(
            EntityKind.TASK,
            "t1",
            Optional.of("812"),
            "update",
            new IllegalStateException("errorcode 142: Invalid parameter"));

    assertThat(f.describe("onoffice"))
        .isEqualTo(
            "task t1 (onoffice 812): update failed: IllegalStateException: errorcode 142: Invalid"
                + " parameter");
  }

  @Test
  void anUnlinkedRecordOrTheContactItselfHasNoTargetId() {
    RecordFailure f =
        RecordFailure.ofContact("c1", "fetch from GHL", new IllegalArgumentException());

    assertThat(f.describe("onoffice"))
        .isEqualTo("contact c1: fetch from GHL failed: IllegalArgumentException");
    assertThat(f.kind()).isEqualTo(EntityKind.CONTACT);
  }
}
