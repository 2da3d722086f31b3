// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.model.conf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InsertionOrderedMapTest {

  @Test
  void behavesLikeALinkedHashMapThatIsNoLongerChanged() {
    InsertionOrderedMap.Builder<String, Integer> builder = new InsertionOrderedMap.Builder<>(0);
    Map<String, Integer> expected = new LinkedHashMap<>();
    // Enough keys to grow the builder several times; every third key is written twice.
    for (int i = 0; i < 100; i++) {
      String key = "key" + (i * 7919 % 101);
      assertThat(builder.put(key, i)).isEqualTo(expected.put(key, i));
      if (i % 3 == 0) {
        assertThat(builder.put(key, -i)).isEqualTo(expected.put(key, -i));
      }
      assertThat(builder.containsKey(key)).isTrue();
    }
    InsertionOrderedMap<String, Integer> map = builder.build();
    assertThat(map).isEqualTo(expected).hasSameHashCodeAs(expected);
    assertThat(map).containsExactlyEntriesOf(expected);
    assertThat(map.values()).containsExactlyElementsOf(expected.values());
    assertThat(map.toString()).isEqualTo(expected.toString());
    assertThat(map.get("absent")).isNull();
    assertThat(map.containsKey("absent")).isFalse();
  }

  @Test
  void keepsNullKeysAndValues() {
    InsertionOrderedMap.Builder<String, String> builder = new InsertionOrderedMap.Builder<>(2);
    builder.put(null, "a");
    builder.put("b", null);
    InsertionOrderedMap<String, String> map = builder.build();
    assertThat(map.get(null)).isEqualTo("a");
    assertThat(map.containsKey("b")).isTrue();
    assertThat(map.get("b")).isNull();
  }

  @Test
  void copyOfKeepsAnInsertionOrderedMapAndCopiesAnyOther() {
    Map<String, Integer> source = new LinkedHashMap<>();
    source.put("z", 1);
    source.put("a", 2);
    InsertionOrderedMap<String, Integer> copy = InsertionOrderedMap.copyOf(source);
    source.put("m", 3);
    assertThat(copy).containsExactly(Map.entry("z", 1), Map.entry("a", 2));
    assertThat(InsertionOrderedMap.copyOf(copy)).isSameAs(copy);
    assertThat(InsertionOrderedMap.of()).isEmpty();
  }

  @Test
  void isReadOnly() {
    InsertionOrderedMap<String, Integer> map = InsertionOrderedMap.copyOf(Map.of("a", 1));
    assertThatThrownBy(() -> map.put("b", 2)).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> map.entrySet().iterator().next().setValue(3))
        .isInstanceOf(UnsupportedOperationException.class);
  }
}
