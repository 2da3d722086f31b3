// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.negotiation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ipseclint.negotiation.outcome.LogLine;
import java.util.List;
import org.junit.jupiter.api.Test;

class LogMatcherTest {

  private static LogLine setup(String text) {
    return LogLine.setup(text);
  }

  private static LogLine rekey(String text) {
    return new LogLine(LogLine.Event.REKEY, text);
  }

  @Test
  void placeholdersAndElisionsMatchAnyText() {
    LogMatcher.Result result = LogMatcher.match(
        List.of("CHILD_SA net{1} established with SPIs <i>_i <o>_o and TS 10.1.0.0/24 === 10.2.0.0/24",
            "closing expired CHILD_SA net{1} ..."),
        List.of(setup("CHILD_SA net{1} established with SPIs c1a2_i d3b4_o and TS 10.1.0.0/24 === 10.2.0.0/24"),
            setup("closing expired CHILD_SA net{1} with SPIs c1a2_i d3b4_o and TS 10.1.0.0/24 === 10.2.0.0/24")));

    assertThat(result.matched()).isEqualTo(2);
    assertThat(result.missing()).isEmpty();
  }

  @Test
  void theSimulatorsOwnPlaceholdersMatchWhatTheCaseWroteThere() {
    LogMatcher.Result result = LogMatcher.match(
        List.of("responder rekeyed Child SA #3 using #2; IPsec tunnel"),
        List.of(rekey("responder rekeyed Child SA #<n> using #<m>; IPsec tunnel")));

    assertThat(result.matched()).isEqualTo(1);
  }

  @Test
  void aRemarkAfterThreeSpacesIsNotPartOfTheLine() {
    LogMatcher.Result result = LogMatcher.match(
        List.of("no IKEv2 connection found with compatible Traffic Selectors   (LS4: No IKEv2 ...)"),
        List.of(setup("no IKEv2 connection found with compatible Traffic Selectors")));

    assertThat(result.matched()).isEqualTo(1);
  }

  @Test
  void aLineThatIsOnlyARemarkIsNotExpected() {
    LogMatcher.Result result = LogMatcher.match(List.of("(nothing after IKE_SA_INIT)"), List.of());

    assertThat(result.expected()).isZero();
  }

  @Test
  void aRekeyPrefixedLineMatchesOnlyALineOfTheRekey() {
    List<String> expected = List.of("(rekey) received INVALID_SYNTAX notify error, destroying IKE_SA");

    assertThat(LogMatcher.match(expected,
        List.of(setup("received INVALID_SYNTAX notify error, destroying IKE_SA"))).matched()).isZero();
    assertThat(LogMatcher.match(expected,
        List.of(rekey("received INVALID_SYNTAX notify error, destroying IKE_SA"))).matched()).isEqualTo(1);
  }

  @Test
  void linesMustAppearInOrderAndAMissingOneIsReported() {
    LogMatcher.Result result = LogMatcher.match(
        List.of("selected proposal: IKE:AES_GCM_16_256/PRF_HMAC_SHA2_512/ECP_256",
            "IKE_SA site[1] established between 192.0.2.1[left]...192.0.2.2[right]",
            "selected proposal: ESP:AES_GCM_16_256/NO_EXT_SEQ"),
        List.of(setup("selected proposal: ESP:AES_GCM_16_256/NO_EXT_SEQ"),
            setup("selected proposal: IKE:AES_GCM_16_256/PRF_HMAC_SHA2_512/ECP_256")));

    assertThat(result.matched()).isEqualTo(1);
    assertThat(result.missing()).containsExactly(
        "IKE_SA site[1] established between 192.0.2.1[left]...192.0.2.2[right]",
        "selected proposal: ESP:AES_GCM_16_256/NO_EXT_SEQ");
  }

  @Test
  void otherWordingDoesNotMatch() {
    LogMatcher.Result result = LogMatcher.match(
        List.of("peer didn't accept key exchange method ECP_256, it requested MODP_2048"),
        List.of(setup("peer didn't accept DH group ECP_256, it requested MODP_2048")));

    assertThat(result.matched()).isZero();
    assertThat(result.expected()).isEqualTo(1);
  }
}
