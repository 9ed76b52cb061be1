package io.ghlsync.sync.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class CanonicalJsonTest {
  record Rule(String name, Optional<Integer> cap, Map<String, Object> values, Set<String> tags) {}

  record Custom(String name, Function<String, String> function) {}

  @Test
  void rendersRecordsWithSortedMapsAndSetsSoInsertionOrderDoesNotMatter() {
    Map<String, Object> ab = new LinkedHashMap<>();
    ab.put("a", 1L);
    ab.put("b", List.of("x", true));
    Map<String, Object> ba = new LinkedHashMap<>();
    ba.put("b", List.of("x", true));
    ba.put("a", 1L);
    Set<String> xy = new LinkedHashSet<>(List.of("x", "y"));
    Set<String> yx = new LinkedHashSet<>(List.of("y", "x"));

    String one = CanonicalJson.of(new Rule("r\"1\n", Optional.of(3), ab, xy));
    assertThat(one).isEqualTo(CanonicalJson.of(new Rule("r\"1\n", Optional.of(3), ba, yx)));
    assertThat(one)
        .isEqualTo(
            "{\"@type\":\"Rule\",\"name\":\"r\\\"1\\n\",\"cap\":3,"
                + "\"values\":{\"a\":1,\"b\":[\"x\",true]},\"tags\":[\"x\",\"y\"]}");
    assertThat(CanonicalJson.of(new Rule("r", Optional.empty(), Map.of(), Set.of())))
        .contains("\"cap\":null");
    assertThat(CanonicalJson.of(new Rule("r", Optional.of(4), ab, xy))).isNotEqualTo(one);
  }

  @Test
  void rendersCodeByItsNameOnlySoTwoLoadsOfOneFileMatch() {
    assertThat(CanonicalJson.of(new Custom("strip", String::strip)))
        .isEqualTo(CanonicalJson.of(new Custom("strip", s -> s.strip())))
        .isEqualTo("{\"@type\":\"Custom\",\"name\":\"strip\",\"function\":\"<code>\"}");
  }
}
