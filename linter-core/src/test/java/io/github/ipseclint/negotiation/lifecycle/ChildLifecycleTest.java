// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.negotiation.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ipseclint.negotiation.Peer;
import io.github.ipseclint.negotiation.Side;
import io.github.ipseclint.negotiation.TestHosts;
import io.github.ipseclint.negotiation.exchange.Exchange;
import io.github.ipseclint.negotiation.outcome.ChildRekey;
import io.github.ipseclint.negotiation.outcome.FailureClass;
import io.github.ipseclint.negotiation.outcome.LogLine;
import io.github.ipseclint.negotiation.outcome.Notify;
import io.github.ipseclint.negotiation.outcome.TimelineEvent;
import io.github.ipseclint.negotiation.outcome.Verdict;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The lifecycle verdicts of the negotiation cases (negotiation.md §16) for an established setup. */
class ChildLifecycleTest {
  private static final String SW602 = "strongswan-6.0.6";
  private static final String SW60 = "strongswan-6.0.1";
  private static final String SW59 = "strongswan-5.9.8";
  private static final String LS4 = "libreswan-4.10";
  private static final String LS5 = "libreswan-5.3";

  @RegisterExtension
  final TestHosts hosts = new TestHosts();
  private final SiteEnds ends = new SiteEnds(hosts);

  private Peer defaultSwanctl(Side side, String target) {
    return ends.swanctl(side, target, "", "");
  }

  private Peer defaultLibreswan(Side side, String target, String settings) {
    return ends.libreswan(side, target, settings);
  }

  private static LifecycleResult follow(Exchange exchange) {
    return new ChildLifecycle().follow(exchange);
  }

  private static List<String> lines(List<LogLine> log) {
    return log.stream().map(LogLine::toString).toList();
  }

  /** Case C01: both ends with their defaults, strongSwan initiating. */
  private Exchange c01(String strongswan, String libreswan) {
    return EstablishedExchange.of(defaultSwanctl(Side.LEFT, strongswan), defaultLibreswan(Side.RIGHT, libreswan,
        "auto=add"), Side.LEFT);
  }

  @Test
  void c01DefaultsStayUpWhenLibreswan5ExpectsTheGroupStrongswan602Sends() {
    Exchange exchange = c01(SW602, LS5);

    LifecycleResult result = follow(exchange);

    assertThat(result.verdict()).isEqualTo(Verdict.STABLE);
    assertThat(result.firstRekey()).isEqualTo(ChildRekey.ok());
    assertThat(result.qualifier()).isEqualTo("with PFS ECP_256");
    assertThat(lines(exchange.initiatorLog())).contains("(rekey) selected proposal: ESP:AES_GCM_16_256/ECP_256/NO_EXT_SEQ");
    assertThat(exchange.disagreements()).isEmpty();
  }

  @Test
  void c01Libreswan4AnswersTheWrongKeGroupWithInvalidSyntaxAndTheIkeSaDies() {
    Exchange exchange = c01(SW602, LS4);

    LifecycleResult result = follow(exchange);

    assertThat(result.verdict()).isEqualTo(Verdict.DOWN_UNTIL_NEW_IKE_AUTH);
    assertThat(result.firstRekey()).isEqualTo(ChildRekey.failed(Notify.INVALID_SYNTAX));
    assertThat(result.qualifier()).startsWith("IKE SA deleted at the first CHILD rekey (INVALID_SYNTAX)");
    assertThat(lines(exchange.initiatorLog())).contains("(rekey) received INVALID_SYNTAX notify error, destroying IKE_SA");
    assertThat(lines(exchange.responderLog())).contains("(rekey) KE has 64 byte DH public value; 256 required",
        "(rekey) responding to CREATE_CHILD_SA message (ID <n>) from 192.0.2.1:4500 with encrypted notification INVALID_SYNTAX");
    assertThat(result.timeline()).noneMatch(event -> event.event() == LogLine.Event.EXPIRY);
  }

  @ParameterizedTest
  @CsvSource({SW60 + ",queue CHILD_SA recreate after hard expire", SW59 + ",scheduling CHILD_SA recreate after hard expire"})
  void c01RekeyWithoutKeIsRefusedByLibreswanPfsAndTheRecreationToo(String strongswan, String recreateLine) {
    Exchange exchange = c01(strongswan, LS5);

    LifecycleResult result = follow(exchange);

    assertThat(result.verdict()).isEqualTo(Verdict.DOWN_UNTIL_NEW_IKE_AUTH);
    assertThat(result.firstRekey()).isEqualTo(ChildRekey.failed(Notify.NO_PROPOSAL_CHOSEN));
    assertThat(lines(exchange.initiatorLog())).containsSubsequence(
        "(rekey) received NO_PROPOSAL_CHOSEN notify, no CHILD_SA built",
        "(rekey) failed to establish CHILD_SA, keeping IKE_SA",
        "(rekey) CHILD_SA rekeying failed, trying again in <n> seconds",
        "(expiry) closing expired CHILD_SA net{1} with SPIs <spi>_i <spi>_o and TS 10.1.0.0/24 === 10.2.0.0/24",
        "(expiry) " + recreateLine,
        "(recreate) received NO_PROPOSAL_CHOSEN notify, no CHILD_SA built");
    assertThat(lines(exchange.responderLog())).contains(
        "(rekey) CREATE_CHILD_SA request failed, responder SA processing returned NO_PROPOSAL_CHOSEN");
    assertThat(exchange.disagreements().get(0).failureClass()).isEqualTo(FailureClass.REKEY);
    assertThat(exchange.disagreements().get(0).explanation())
        .contains("without a key exchange", "pfs=yes, which requires ECP_256");
    assertThat(result.timeline()).extracting(TimelineEvent::event)
        .containsSubsequence(LogLine.Event.REKEY, LogLine.Event.EXPIRY, LogLine.Event.RECREATE);
  }

  /** Case C02: both ends with their defaults, Libreswan 5 initiating. */
  private Exchange c02(String strongswan) {
    return EstablishedExchange.of(defaultLibreswan(Side.LEFT, LS5, "auto=start"), defaultSwanctl(Side.RIGHT, strongswan),
        Side.LEFT);
  }

  @Test
  void c02StrongswanResponderRekeysFirstWithTheIkeGroup() {
    Exchange exchange = c02(SW602);

    LifecycleResult result = follow(exchange);

    assertThat(result.verdict()).isEqualTo(Verdict.STABLE);
    assertThat(result.timeline().get(0).by()).isEqualTo(Side.RIGHT);
  }

  @Test
  void c02LibreswanRevivalIsRefusedByStrongswan59WithoutKe() {
    Exchange exchange = c02(SW59);

    LifecycleResult result = follow(exchange);

    assertThat(result.verdict()).isEqualTo(Verdict.DOWN_UNTIL_NEW_IKE_AUTH);
    assertThat(result.timeline()).filteredOn(event -> event.event() == LogLine.Event.RECREATE)
        .extracting(TimelineEvent::by).containsExactly(Side.RIGHT, Side.LEFT);
    assertThat(lines(exchange.initiatorLog())).contains(
        "(recreate) CREATE_CHILD_SA failed with error notification NO_PROPOSAL_CHOSEN",
        "(recreate) connection is supposed to remain up; revival attempt <k> scheduled in <s> seconds");
    assertThat(lines(exchange.responderLog())).contains("(recreate) no acceptable proposal found");
  }

  @ParameterizedTest
  @CsvSource({SW602 + "," + LS5, SW60 + "," + LS5, SW59 + "," + LS4})
  void c03LibreswanPfsNoAcceptsEveryStrongswanRekeyWithoutPfs(String strongswan, String libreswan) {
    Exchange exchange = EstablishedExchange.of(defaultSwanctl(Side.LEFT, strongswan),
        defaultLibreswan(Side.RIGHT, libreswan, "pfs=no\nauto=add"), Side.LEFT);

    LifecycleResult result = follow(exchange);

    assertThat(result.verdict()).isEqualTo(Verdict.STABLE);
    assertThat(result.qualifier()).isEqualTo("without PFS");
  }

  @Test
  void c03Strongswan602DropsTheEmptyKePayloadOfLibreswan() {
    Exchange exchange = EstablishedExchange.of(defaultSwanctl(Side.LEFT, SW602),
        defaultLibreswan(Side.RIGHT, LS5, "pfs=no\nauto=add"), Side.LEFT);

    follow(exchange);

    assertThat(lines(exchange.initiatorLog())).containsSubsequence(
        "(rekey) applying key exchange public key failed",
        "(rekey) ignoring KE payload, agreed on a non-PFS proposal",
        "(rekey) selected proposal: ESP:AES_GCM_16_256/NO_EXT_SEQ");
  }

  @ParameterizedTest
  @CsvSource({SW59 + "," + LS4, SW60 + "," + LS5, SW602 + "," + LS4, SW602 + "," + LS5})
  void c04EspGroupEqualToTheIkeGroupRekeysWithPfs(String strongswan, String libreswan) {
    Exchange exchange = EstablishedExchange.of(
        ends.swanctl(Side.LEFT, strongswan, "proposals = aes256-sha256-modp2048", "esp_proposals = aes256-sha256-modp2048"),
        defaultLibreswan(Side.RIGHT, libreswan, "ike=aes256-sha2_256-modp2048\nesp=aes256-sha2_256\nauto=add"), Side.LEFT);

    LifecycleResult result = follow(exchange);

    assertThat(result.verdict()).isEqualTo(Verdict.STABLE);
    assertThat(result.qualifier()).isEqualTo("with PFS MODP_2048");
    assertThat(lines(exchange.initiatorLog()))
        .contains("(rekey) selected proposal: ESP:AES_CBC_256/HMAC_SHA2_256_128/MODP_2048/NO_EXT_SEQ");
  }

  private Exchange c05(String libreswan) {
    return EstablishedExchange.of(
        ends.swanctl(Side.LEFT, SW602, "proposals = aes256-sha256-ecp256", "esp_proposals = aes256-sha256-modp3072"),
        defaultLibreswan(Side.RIGHT, libreswan, "ike=aes256-sha2_256-dh19\nesp=aes256-sha2_256-modp3072\nauto=add"),
        Side.LEFT);
  }

  @Test
  void c05Libreswan5RekeysWithItsEspGroup() {
    LifecycleResult result = follow(c05(LS5));

    assertThat(result.verdict()).isEqualTo(Verdict.STABLE);
    assertThat(result.qualifier()).isEqualTo("with PFS MODP_3072");
  }

  @Test
  void c05Libreswan4RefusesTheRekeyButAcceptsTheRecreationWithItsEspGroup() {
    Exchange exchange = c05(LS4);

    LifecycleResult result = follow(exchange);

    assertThat(result.verdict()).isEqualTo(Verdict.RECOVERS_AFTER_EXPIRY);
    assertThat(result.firstRekey()).isEqualTo(ChildRekey.failed(Notify.NO_PROPOSAL_CHOSEN));
    assertThat(result.qualifier()).contains("hard expiry (1h06)").doesNotContain("every hard expiry");
    assertThat(lines(exchange.initiatorLog())).containsSubsequence(
        "(rekey) received NO_PROPOSAL_CHOSEN notify, no CHILD_SA built",
        "(expiry) queue CHILD_SA recreate after hard expire",
        "(recreate) CHILD_SA net{<n>} established with SPIs <spi>_i <spi>_o and TS 10.1.0.0/24 === 10.2.0.0/24");
    assertThat(lines(exchange.responderLog())).contains("(rekey) no local proposal matches remote proposals "
        + "1:ESP:ENCR=AES_CBC_256;INTEG=HMAC_SHA2_256_128;DH=MODP3072;ESN=DISABLED");
    assertThat(exchange.disagreements().get(0).failureClass()).isEqualTo(FailureClass.REKEY);
  }

  private Exchange c08(String strongswan, String espProposals) {
    return EstablishedExchange.of(ends.swanctl(Side.LEFT, strongswan, "", "esp_proposals = " + espProposals),
        defaultLibreswan(Side.RIGHT, LS5, "pfs=no\nauto=add"), Side.LEFT);
  }

  @Test
  void c08DefaultKeywordRescuesStrongswan602AgainstPfsNo() {
    assertThat(follow(c08(SW602, "aes256-sha256-modp2048, default")).verdict()).isEqualTo(Verdict.STABLE);
  }

  @Test
  void c08Strongswan59CannotApplyTheEmptyKePayload() {
    Exchange exchange = c08(SW59, "aes256-sha256-modp2048, default");

    LifecycleResult result = follow(exchange);

    assertThat(result.verdict()).isEqualTo(Verdict.DOWN_UNTIL_NEW_IKE_AUTH);
    assertThat(result.firstRekey()).isEqualTo(new ChildRekey(ChildRekey.Result.FAILED, Optional.empty()));
    assertThat(lines(exchange.initiatorLog())).containsSubsequence("(rekey) applying DH public value failed",
        "(rekey) failed to establish CHILD_SA, keeping IKE_SA", "(rekey) sending DELETE for ESP CHILD_SA with SPI <spi>",
        "(rekey) CHILD_SA rekeying failed, trying again in <n> seconds");
    assertThat(lines(exchange.responderLog())).anyMatch(line -> line.startsWith("(rekey) responder rekeyed Child SA #<n> using #<m>"));
  }

  @ParameterizedTest
  @CsvSource({SW602, SW59})
  void c08OnlyAGroupAgainstPfsNoFails(String strongswan) {
    LifecycleResult result = follow(c08(strongswan, "aes256-sha256-modp2048"));

    assertThat(result.verdict()).isEqualTo(Verdict.DOWN_UNTIL_NEW_IKE_AUTH);
    assertThat(result.firstRekey()).isEqualTo(ChildRekey.failed(Notify.NO_PROPOSAL_CHOSEN));
  }

  @ParameterizedTest
  @CsvSource({SW59 + "," + LS4, SW602 + "," + LS5})
  void c28DifferentLifetimesAreHarmless(String strongswan, String libreswan) {
    Exchange exchange = EstablishedExchange.of(
        ends.stroke(Side.LEFT, strongswan, "ike=aes256-sha256-modp2048!\nesp=aes256-sha256-modp2048!\nlifetime=1h\n"
            + "ikelifetime=3h\nauto=start"),
        defaultLibreswan(Side.RIGHT, libreswan, "ike=aes256-sha2_256-modp2048\nesp=aes256-sha2_256\nsalifetime=8h\n"
            + "ikelifetime=8h\nauto=add"), Side.LEFT);

    LifecycleResult result = follow(exchange);

    assertThat(result.verdict()).isEqualTo(Verdict.STABLE);
    assertThat(result.timeline()).filteredOn(event -> event.event() == LogLine.Event.REKEY)
        .first().satisfies(event -> {
          assertThat(event.by()).isEqualTo(Side.LEFT);
          assertThat(event.earliest()).hasMinutes(42);
          assertThat(event.latest()).hasMinutes(51);
        });
    assertThat(result.timeline()).anySatisfy(event -> {
      assertThat(event.event()).isEqualTo(LogLine.Event.REAUTH);
      assertThat(event.earliest()).isEqualTo(java.time.Duration.ofMinutes(162));
      assertThat(event.description().contains("break-before-make")).isEqualTo(strongswan.equals(SW59));
    });
    assertThat(lines(exchange.initiatorLog())).contains("(reauth) reauthenticating IKE_SA site[1]");
  }

  private Exchange c29(String target, String bang) {
    return EstablishedExchange.of(
        ends.stroke(Side.LEFT, target, "ike=aes128-sha256-modp2048" + bang + "\nesp=aes128-sha256-modp2048" + bang
            + "\nauto=start"),
        ends.stroke(Side.RIGHT, target, "ike=aes128-sha256-modp2048" + bang + "\nesp=aes128-sha256" + bang
            + "\nauto=add"), Side.LEFT);
  }

  @ParameterizedTest
  @CsvSource({SW59, SW60, SW602})
  void c29StrictPfsMismatchComesBackWithEachReauthentication(String target) {
    Exchange exchange = c29(target, "!");

    LifecycleResult result = follow(exchange);

    assertThat(result.verdict()).isEqualTo(Verdict.PERIODIC_OUTAGE);
    assertThat(result.qualifier()).contains("up about 1h out of every 2h42-2h51");
    assertThat(result.timeline()).filteredOn(event -> event.event() == LogLine.Event.REKEY && !event.succeeds())
        .extracting(TimelineEvent::by).contains(Side.LEFT, Side.RIGHT);
    assertThat(lines(exchange.responderLog())).contains(
        "(rekey) received proposals: ESP:AES_CBC_128/HMAC_SHA2_256_128/MODP_2048/NO_EXT_SEQ",
        "(rekey) configured proposals: ESP:AES_CBC_128/HMAC_SHA2_256_128/NO_EXT_SEQ",
        "(rekey) no acceptable proposal found");
  }

  @ParameterizedTest
  @CsvSource({SW59, SW60})
  void c29AppendedDefaultsHidePfsBefore602(String target) {
    Exchange exchange = c29(target, "");

    LifecycleResult result = follow(exchange);

    assertThat(result.verdict()).isEqualTo(Verdict.STABLE);
    assertThat(result.qualifier()).isEqualTo("without PFS");
  }

  @Test
  void c29Strongswan602PfsDependsOnWhichEndRekeys() {
    Exchange exchange = c29(SW602, "");

    LifecycleResult result = follow(exchange);

    assertThat(result.verdict()).isEqualTo(Verdict.STABLE);
    assertThat(result.qualifier()).contains("depends on which end rekeys first", "without PFS",
        "with PFS MODP_2048 after one INVALID_KE round");
    assertThat(lines(exchange.initiatorLog()))
        .contains("(rekey) key exchange method ECP_256 unacceptable, requesting MODP_2048");
    assertThat(lines(exchange.responderLog()))
        .contains("(rekey) peer didn't accept key exchange method ECP_256, it requested MODP_2048");
  }

  private Exchange c30(String strongswan, String libreswan) {
    return EstablishedExchange.of(
        ends.swanctl(Side.LEFT, strongswan, "proposals = aes256-sha256-ecp256",
            "esp_proposals = aes256-sha256-modp2048-ecp256"),
        defaultLibreswan(Side.RIGHT, libreswan, "ike=aes256-sha2_256-dh19\nesp=aes256-sha2_256\nauto=add"), Side.LEFT);
  }

  @Test
  void c30StrongswanRetriesOnceAfterInvalidKe() {
    Exchange exchange = c30(SW602, LS5);

    LifecycleResult result = follow(exchange);

    assertThat(result.verdict()).isEqualTo(Verdict.STABLE);
    assertThat(result.qualifier()).isEqualTo("with PFS ECP_256 after one INVALID_KE round");
    assertThat(lines(exchange.initiatorLog())).containsSubsequence(
        "(rekey) peer didn't accept key exchange method MODP_2048, it requested ECP_256",
        "(rekey) selected proposal: ESP:AES_CBC_256/HMAC_SHA2_256_128/ECP_256/NO_EXT_SEQ",
        "(rekey) rekeyed CHILD_SA net{1} with SPIs <spi>_i <spi>_o with net{2} with SPIs <spi>_i <spi>_o");
    assertThat(lines(exchange.responderLog())).contains(
        "(rekey) initiator guessed wrong keying material group (MODP2048); responding with INVALID_KE_PAYLOAD requesting DH19");
    assertThat(exchange.disagreements()).extracting(d -> d.failureClass()).containsExactly(FailureClass.KE_RETRY);
  }

  @Test
  void c30Strongswan59WordsTheRetryWithDhGroup() {
    Exchange exchange = c30(SW59, LS5);

    assertThat(follow(exchange).verdict()).isEqualTo(Verdict.STABLE);
    assertThat(lines(exchange.initiatorLog())).contains("(rekey) peer didn't accept DH group MODP_2048, it requested ECP_256");
  }

  @ParameterizedTest
  @CsvSource({SW602, SW59})
  void c30Libreswan4KillsTheIkeSa(String strongswan) {
    Exchange exchange = c30(strongswan, LS4);

    LifecycleResult result = follow(exchange);

    assertThat(result.verdict()).isEqualTo(Verdict.DOWN_UNTIL_NEW_IKE_AUTH);
    assertThat(lines(exchange.responderLog())).containsSubsequence(
        "(rekey) proposal 1:ESP=AES_CBC_256-HMAC_SHA2_256_128-ECP_256-DISABLED SPI=<spi> chosen from remote proposals "
            + "1:ESP:ENCR=AES_CBC_256;INTEG=HMAC_SHA2_256_128;DH=MODP2048;DH=ECP_256;ESN=DISABLED[first-match]",
        "(rekey) KE has 256 byte DH public value; 64 required");
  }

  @Test
  void reauthenticationBeforeTheFirstRekeyHidesAPfsMismatch() {
    Exchange exchange = EstablishedExchange.of(
        ends.stroke(Side.LEFT, SW59, "esp=aes128-sha256-modp2048!\nikelifetime=40m\nauto=start"),
        ends.stroke(Side.RIGHT, SW59, "esp=aes128-sha256!\nauto=add"), Side.LEFT);

    LifecycleResult result = follow(exchange);

    assertThat(result.verdict()).isEqualTo(Verdict.STABLE);
    assertThat(result.firstRekey()).isEqualTo(ChildRekey.notApplicable());
    assertThat(result.qualifier()).isEqualTo("each reauthentication replaces the CHILD SA before its first rekey");
  }

  @Test
  void withoutRekeysTheSaExpiresAndIsRecreated() {
    Exchange exchange = EstablishedExchange.of(ends.swanctl(Side.LEFT, SW602, "", "rekey_time = 0\nlife_time = 2h"),
        ends.swanctl(Side.RIGHT, SW602, "", "rekey_time = 0\nlife_time = 3h"), Side.LEFT);

    LifecycleResult result = follow(exchange);

    assertThat(result.verdict()).isEqualTo(Verdict.RECOVERS_AFTER_EXPIRY);
    assertThat(result.firstRekey()).isEqualTo(ChildRekey.notApplicable());
    assertThat(result.qualifier()).startsWith("neither end rekeys the CHILD SA; one outage at the hard expiry (2h)");
    assertThat(result.timeline()).filteredOn(event -> event.event() == LogLine.Event.EXPIRY)
        .extracting(TimelineEvent::by).containsExactly(Side.LEFT);
  }

  @Test
  void ikev1RekeysRepeatTheQuickModeOfTheSetup() {
    Exchange exchange = c29(SW59, "!");
    exchange.ikeVersion(io.github.ipseclint.model.crypto.IkeVersion.IKEV1);

    LifecycleResult result = follow(exchange);

    assertThat(result.verdict()).isEqualTo(Verdict.STABLE);
    assertThat(result.firstRekey()).isEqualTo(ChildRekey.ok());
    assertThat(exchange.disagreements()).isEmpty();
  }

  @Test
  void anEstablishedExchangeWithoutAChildSuiteHasNothingToFollow() {
    Exchange exchange = new Exchange(defaultSwanctl(Side.LEFT, SW602), defaultSwanctl(Side.RIGHT, SW602), Side.LEFT);

    LifecycleResult result = follow(exchange);

    assertThat(result.firstRekey()).isEqualTo(ChildRekey.notApplicable());
    assertThat(result.timeline()).isEmpty();
  }
}
