// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.parse.strongswan;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ipseclint.model.source.ByteText;
import io.github.ipseclint.model.source.SourceFile;
import org.junit.jupiter.api.Test;

class KnownKeysTest {

  @Test
  void aTableNameIsOneSharedInstanceWhateverFileItIsIn() {
    SourceFile first = SourceFile.inMemory("a", "  leftsubnet=10.0.0.0/8\n");
    SourceFile second = SourceFile.inMemory("b", "\tauto=add\n  leftsubnet=x\n");
    ByteText key = KnownKeys.of(first, 2, 12);
    assertThat(key.latin1()).isEqualTo("leftsubnet");
    assertThat(KnownKeys.of(second, 12, 22)).isSameAs(key);
    assertThat(key.latin1()).isSameAs("leftsubnet");
  }

  @Test
  void anyOtherTextIsSlicedFromTheFile() {
    SourceFile file = SourceFile.inMemory("a", "  leftsubne=1\n  leftsubnetx=2\n  l\u00e9ft=3\n");
    assertThat(KnownKeys.of(file, 2, 11)).isEqualTo(new ByteText("leftsubne"));
    assertThat(KnownKeys.of(file, 16, 27)).isEqualTo(new ByteText("leftsubnetx"));
    assertThat(KnownKeys.of(file, 32, 36)).isEqualTo(new ByteText("l\u00e9ft"));
    assertThat(KnownKeys.of(file, 2, 2)).isEqualTo(ByteText.EMPTY);
  }
}
