// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.model.ipsec;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ipseclint.model.source.ByteText;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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

  /** As inet_ntop prints them, which is what both daemons log. */
  @ParameterizedTest
  @CsvSource({
      "20010db8000000000000000000000001, 2001:db8::1",
      "00000000000000000000000000000000, ::",
      "00000000000000000000000000000001, ::1",
      "fe800000000000010000000000000002, fe80:0:0:1::2",
      "fe800000000000010000000000010002, fe80::1:0:0:1:2",
      "20010db8000000010001000100010001, 2001:db8:0:1:1:1:1:1",
      "00010000000000020000000000000003, 1:0:0:2::3",
      "00000000000000000000ffffc0000201, ::ffff:192.0.2.1",
      "000000000000000000000000c0000201, ::192.0.2.1",
      "20010db8000000000000000000000000, 2001:db8::",
      "fec00000000000000000000000000000, fec0::"})
  void printsIpv6AsTheDaemonsDo(String hex, String printed) {
    byte[] bytes = new byte[16];
    for (int i = 0; i < 16; i++) {
      bytes[i] = (byte) Integer.parseInt(hex.substring(2 * i, 2 * i + 2), 16);
    }
    assertThat(new IpAddress(ByteText.of(bytes))).hasToString(printed);
    assertThat(v4(192, 0, 2, 1)).hasToString("192.0.2.1");
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
