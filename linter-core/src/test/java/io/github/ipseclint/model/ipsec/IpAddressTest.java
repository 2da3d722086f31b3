// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.model.ipsec;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ipseclint.model.source.ByteText;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Addresses are map keys throughout pairing and the simulator's indexes. */
class IpAddressTest {

  private static IpAddress v4(int a, int b, int c, int d) {
    return new IpAddress(ByteText.of(new byte[] {(byte) a, (byte) b, (byte) c, (byte) d}));
  }

  @Test
  void equalAddressesAreEqualAndHashAlike() {
    assertThat(v4(198, 18, 3, 7)).isEqualTo(v4(198, 18, 3, 7)).hasSameHashCodeAs(v4(198, 18, 3, 7));
    assertThat(v4(198, 18, 3, 7)).isNotEqualTo(v4(198, 18, 7, 3));
    IpAddress v6 = new IpAddress(ByteText.of(new byte[16]));
    assertThat(v6).isEqualTo(new IpAddress(ByteText.of(new byte[16]))).isNotEqualTo(v4(0, 0, 0, 0));
  }

  /** A hub's spokes in one /16 must not share hash buckets, or its indexes degrade into lists. */
  @Test
  void everyAddressOfASlash16HashesApart() {
    Set<Integer> hashes = new HashSet<>();
    for (int host = 0; host < 65_536; host++) {
      hashes.add(v4(198, 18, host >> 8, host & 0xff).hashCode());
    }
    assertThat(hashes).hasSize(65_536);
  }
}
