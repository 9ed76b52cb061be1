package io.ghlsync.sync.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MappedRecordTest {
  @Test
  void fingerprintIgnoresFieldOrderAndNumberRepresentation() {
    Map<String, Object> a = new LinkedHashMap<>();
    a.put("Status", 1);
    a.put("Name", "Lee");
    a.put("Score", 2.50);
    Map<String, Object> b = new LinkedHashMap<>();
    b.put("Score", new BigDecimal("2.5"));
    b.put("Name", "Lee");
    b.put("Status", 1L);

    assertThat(MappedRecord.of(a).fingerprint()).isEqualTo(MappedRecord.of(b).fingerprint());
  }

  @Test
  void fingerprintChangesWithContentAndWithClearedFields() {
    MappedRecord base = MappedRecord.of(Map.of("Name", "Lee"));

    assertThat(base.with("Name", "Li").fingerprint()).isNotEqualTo(base.fingerprint());
    assertThat(base.withCleared("Firma").fingerprint()).isNotEqualTo(base.fingerprint());
    assertThat(base.withCleared("Name").fields()).isEmpty();
    assertThat(base.withCleared("Name").with("Name", "X").cleared()).isEmpty();
  }

  @Test
  void rendersTextAndRejectsUnsupportedValues() {
    MappedRecord r = MappedRecord.of(Map.of("tags", List.of("a", "b"), "n", 3));

    assertThat(r.text("tags")).contains("[\"a\",\"b\"]");
    assertThat(r.text("n")).contains("3");
    assertThat(r.text("missing")).isEmpty();
    assertThat(MappedRecord.empty().isEmpty()).isTrue();
    assertThatThrownBy(() -> MappedRecord.of(Map.of("x", new Object())))
        .hasMessageContaining("field 'x' has unsupported type");
    assertThatThrownBy(() -> new MappedRecord(Map.of("x", "1"), Set.of("x")))
        .hasMessageContaining("both set and cleared");
  }
}
