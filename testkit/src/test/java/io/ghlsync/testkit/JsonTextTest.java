package io.ghlsync.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.squareup.moshi.Moshi;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTextTest {
  private static final com.squareup.moshi.JsonAdapter<Object> MOSHI =
      new Moshi.Builder().build().adapter(Object.class).serializeNulls();

  private static Map<String, Object> sample() {
    Map<String, Object> inner = new LinkedHashMap<>();
    inner.put("z", 1L);
    inner.put("a", 2.5);
    inner.put("none", null);
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("text", "quote \" backslash \\ newline \n tab \t bell \u0007 sep \u2028 ü €");
    root.put("count", 42);
    root.put("ratio", 1.0);
    root.put("small", 1.1f);
    root.put("flag", true);
    root.put("list", new ArrayList<>(Arrays.asList("x", null, false, inner)));
    root.put("inner", inner);
    return root;
  }

  @Test
  void writesExactlyWhatMoshiWrites() {
    Map<String, Object> tree = sample();

    assertThat(JsonText.write(tree)).isEqualTo(MOSHI.toJson(tree));
  }

  @Test
  void readsBackWhatItWroteKeepingKeyOrderAndNulls() throws Exception {
    Object back = JsonText.parse(JsonText.write(sample()));

    assertThat(back).isEqualTo(MOSHI.fromJson(MOSHI.toJson(sample())));
    assertThat(new ArrayList<Object>(((Map<?, ?>) back).keySet()))
        .containsExactly(
            (Object[]) new String[] {"text", "count", "ratio", "small", "flag", "list", "inner"});
    assertThat(((Map<?, ?>) ((Map<?, ?>) back).get("inner")).containsKey("none")).isTrue();
    assertThat(((Map<?, ?>) back).get("count")).isEqualTo(42.0);
  }

  @Test
  void rejectsBrokenJsonTrailingDataDuplicateKeysAndNonFiniteNumbers() {
    assertThatThrownBy(() -> JsonText.parse("{\"a\":"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> JsonText.parse("{} {}"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not valid JSON");
    assertThatThrownBy(() -> JsonText.parse("{\"a\":null,\"a\":1}"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("multiple values");
    assertThatThrownBy(() -> JsonText.parseObject("[1]"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> JsonText.write(List.of(Double.NaN)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
