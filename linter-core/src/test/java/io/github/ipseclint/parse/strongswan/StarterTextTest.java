// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.parse.strongswan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StarterTextTest {

  @Test
  void decodesTheStarterEscapesOnly() {
    assertThat(StarterText.unquote("\"a\\nb\\rc\\td\"")).isEqualTo("a\nb\rc\td");
    assertThat(StarterText.unquote("\"\\b\\f\\q\\\\\\\"\\#\"")).isEqualTo("bfq\\\"#");
  }

  @Test
  void backslashBeforeLineFeedOrCrLfJoinsLines() {
    assertThat(StarterText.unquote("\"x\\\ny\"")).isEqualTo("xy");
    assertThat(StarterText.unquote("\"x\\\r\ny\"")).isEqualTo("xy");
  }

  @Test
  void keepsRawLineBreaksAndToleratesAMissingClosingQuote() {
    assertThat(StarterText.unquote("\"a\nb\"")).isEqualTo("a\nb");
    assertThat(StarterText.unquote("\"abc\n")).isEqualTo("abc\n");
    assertThat(StarterText.spansLinesRaw("\"a\nb\"")).isTrue();
    assertThat(StarterText.spansLinesRaw("\"a\\\nb\"")).isFalse();
  }

  @Test
  void includePatternKeepsUnknownBackslashes() {
    assertThat(StarterText.includePattern("include  /etc/a\\ b\\#c\\d")).isEqualTo("/etc/a b#c\\d");
    assertThat(StarterText.includePattern("include \"/etc/my file.conf\"")).isEqualTo("/etc/my file.conf");
  }
}
