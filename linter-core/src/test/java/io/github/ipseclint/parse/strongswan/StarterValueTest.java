// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.parse.strongswan;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ipseclint.model.conf.SectionKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The value checks of starter (formats.md §2.4), with the edge cases of C's strtoul that the
 * fixtures do not spell out. Every row was run through strongSwan 5.9.8's
 * {@code starter --conftest}.
 */
class StarterValueTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "ikelifetime   | 3h            | ",
      "ikelifetime   | s             | ",
      "ikelifetime   | ' 5'          | ",
      "rekeymargin   | -3m           | ",
      "dpddelay      | 1.5h          | # bad duration value: dpddelay=1.5h",
      "dpddelay      | 5ms           | # bad duration value: dpddelay=5ms",
      "lifetime      | '3600\r'      | '# bad duration value: lifetime=3600\r'",
      "replay_window | -1            | ",
      "reqid         | +5            | ",
      "reqid         | 0x10          | # bad integer value: reqid=0x10",
      "rekeyfuzz     | -5%           | ",
      "rekeyfuzz     | %             | # bad percent value: rekeyfuzz=%",
      "rekeyfuzz     | 100           | # bad percent value: rekeyfuzz=100",
      "ikedscp       | -1            | ",
      "ikedscp       | 102           | # bad binary value: ikedscp=102",
      "auto          | Add           | # bad value: auto=Add",
      "authby        | PSK           | # bad value: authby=PSK",
      "type          | foo           | # bad policy value: type=foo",
      "compress      | maybe         | # bad option value: compress=maybe",
      "keyingtries   | %forever      | ",
      "tfc           | %mtu          | ",
      "mark          | ' 12'         | ",
      "mark          | -1            | ",
      "mark          | 010/          | ",
      "mark          | %unique/0xff  | ",
      "mark          | %UNIQUE-DIR   | ",
      "mark          | 0x            | invalid mark value: 0x",
      "mark          | 09            | invalid mark value: 09",
      "mark          | %uniquex      | invalid mark value: %uniquex",
      "mark          | %same         | unexpected use of %same mark",
      "mark          | 1/x           | invalid mark mask: x",
      "leftprotoport | /80           | ",
      "leftprotoport | tcp/          | ",
      "leftprotoport | tcp/1-        | ",
      "leftprotoport | ipv6-icmp     | ",
      "leftprotoport | 0x11/0x50     | ",
      "leftprotoport | tcp/-1        | # bad port: leftprotoport=-1",
      "leftprotoport | tcp/1-2x      | # bad port: leftprotoport=2x",
      "leftprotoport | -1            | # bad protocol: leftprotoport=-1",
  })
  void checksLikeStarter(String key, String value, String expected) {
    assertThat(StarterValue.of(SectionKind.CONN, key).problem(key, value).orElse(null)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "CONFIG_SETUP | uniqueids    | UNIQUEIDS",
      "CONFIG_SETUP | charondebug  | STRING",
      "CA           | auto         | STARTUP",
      "CONN         | auto         | STARTUP",
      "CONN         | rightikeport | UNSIGNED",
      "CONN         | leftfirewall | BOOLEAN",
      "CONN         | leftupdown   | STRING",
      "CONN         | keylife      | DURATION",
      "CONN         | mark_in      | MARK",
  })
  void picksTheSyntaxOfTheCodePath(SectionKind kind, String key, StarterValue expected) {
    assertThat(StarterValue.of(kind, key)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "BOOLEAN       | true",
      "PERCENT       | true",
      "PROTOPORT     | true",
      "OPTION_YES_NO | false",
      "POLICY        | false",
      "MARK          | false",
      "KEYINGTRIES   | false",
  })
  void knowsWhichChecksAddTheArgumentLine(StarterValue syntax, boolean argumentLine) {
    assertThat(syntax.addsArgumentLine()).isEqualTo(argumentLine);
  }
}
