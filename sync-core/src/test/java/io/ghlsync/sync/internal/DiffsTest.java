package io.ghlsync.sync.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.ghlsync.sync.mapping.MappedRecord;
import io.ghlsync.sync.model.FieldChange;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DiffsTest {
  @Test
  void describesAddedChangedAndClearedFieldsThroughTheRenderer() {
    Map<String, Object> before = Map.of("Name", "Anna", "Ort", "Bonn");
    MappedRecord changes =
        new MappedRecord(Map.of("Name", "Anne", "Alter", 41L), Set.of("Ort", "Firma"));

    assertThat(Diffs.describe(before, changes, (field, value) -> field + "=" + value))
        .containsExactlyInAnyOrder(
            new FieldChange("Name", "Name=Anna", "Name=Anne", FieldChange.Kind.CHANGED),
            new FieldChange("Alter", "", "Alter=41", FieldChange.Kind.ADDED),
            new FieldChange("Ort", "Ort=Bonn", "", FieldChange.Kind.CLEARED),
            new FieldChange("Firma", "", "", FieldChange.Kind.CLEARED));
  }

  @Test
  void nothingChangedDescribesNothing() {
    assertThat(Diffs.describe(Map.of("a", "b"), MappedRecord.empty(), (f, v) -> "x")).isEmpty();
  }
}
