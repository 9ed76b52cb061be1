package io.ghlsync.sync.internal.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ghlsync.sync.model.EntityKind;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SubjectTest {
  @Test
  void keysAreStableAndDifferPerRecordOperationContentAndItem() {
    Subject s = Subject.contact("c1", "item-1");
    String key = s.key("create", "fp");

    assertThat(key).hasSize(32).matches("[0-9a-f]+").isEqualTo(s.key("create", "fp"));
    assertThat(key)
        .isNotEqualTo(s.key("update", "fp"))
        .isNotEqualTo(s.key("create", "fp2"))
        .isNotEqualTo(Subject.contact("c2", "item-1").key("create", "fp"))
        .isNotEqualTo(Subject.contact("c1", "item-2").key("create", "fp"))
        .isNotEqualTo(
            Subject.child(EntityKind.TASK, "c1", "c1", "9", "item-1").key("create", "fp"));
    // The same derivation the engine has always used: sha256 of the joined parts, 32 hex chars.
    assertThat(key).isEqualTo("0581f2a54db2311dcdf613b130420888");
  }

  @Test
  void aContactHasNoParentAndAChildNeedsOne() {
    assertThat(Subject.contact("c1", "i").parent()).isEmpty();
    assertThat(Subject.contact("c1", "i").kind()).isEqualTo(EntityKind.CONTACT);
    assertThat(Subject.child(EntityKind.NOTE, "n1", "c1", "9", "i").parent()).contains("9");
    assertThatThrownBy(() -> new Subject(EntityKind.NOTE, "n1", "c1", Optional.empty(), "i"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("target contact");
  }
}
