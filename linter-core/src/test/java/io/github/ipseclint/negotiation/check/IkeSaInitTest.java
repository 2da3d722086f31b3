// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.negotiation.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ipseclint.negotiation.Peer;
import io.github.ipseclint.negotiation.SiteFragment;
import io.github.ipseclint.negotiation.TestHosts;
import io.github.ipseclint.negotiation.exchange.CheckStatus;
import io.github.ipseclint.negotiation.outcome.FailureClass;
import io.github.ipseclint.negotiation.outcome.Notify;
import io.github.ipseclint.negotiation.wording.StrongswanWording;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** C1-C3 for IKEv2 with both daemons as responder: the cases' IKE_SA_INIT expectations. */
class IkeSaInitTest {
  private static final String SW_ECP384_FIRST = "proposals = aes256-sha256-ecp384-ecp256";
  private static final String LS_DH19_FIRST = "ike=aes256-sha2_256-dh19+dh20\nesp=aes256-sha2_256\npfs=no";

  @RegisterExtension
  final TestHosts hosts = new TestHosts();

  /** A swanctl initiator on the left with added connection settings. */
  private Peer swanctlLeft(String host, String target, String connection) {
    return hosts.swanctl(host, target, SiteFragment.left().conn(connection).child("start_action = start").swanctl());
  }

  private Peer swanctlRight(String target, String connection) {
    return hosts.swanctl("right", target, SiteFragment.right().conn(connection).swanctl());
  }

  private Peer libreswanLeft(String target, String connection) {
    return hosts.ipsecConf("left", target, SiteFragment.left().conn(connection).conn("auto=start").ipsecConf());
  }

  private Peer libreswanRight(String target, String connection) {
    return hosts.ipsecConf("right", target, SiteFragment.right().conn(connection).conn("auto=add").ipsecConf());
  }

  private static CheckRun run(Peer initiator, Peer responder, CheckStatus expected) {
    CheckRun run = CheckRun.ikeSaInit(initiator, responder);
    assertThat(run.status()).isEqualTo(expected);
    return run;
  }

  private static String suite(CheckRun run) {
    return StrongswanWording.suite(run.exchange().ikeSuite().orElseThrow());
  }

  @Test
  void strongswan602DefaultsToLibreswan5SelectLibreswansFirstProposalWithoutRetry() {
    CheckRun run = run(swanctlLeft("left", "strongswan-6.0.6", ""), libreswanRight("libreswan-5.2", ""),
        CheckStatus.CONTINUE);
    assertThat(suite(run)).isEqualTo("AES_GCM_16_256/PRF_HMAC_SHA2_512/ECP_256");
    assertThat(run.exchange().invalidKeRounds()).isZero();
    assertThat(run.initiatorLog()).containsSubsequence("initiating IKE_SA site[1] to 192.0.2.2",
        "selected proposal: IKE:AES_GCM_16_256/PRF_HMAC_SHA2_512/ECP_256");
    assertThat(run.responderLog()).singleElement().asString()
        .startsWith("proposal 2:IKE=AES_GCM_16_256-HMAC_SHA2_512-ECP_256 chosen from remote proposals 1:IKE:ENCR=AES_CBC_128;")
        .contains("[first-match] 2:IKE:ENCR=AES_GCM_16_128;")
        .endsWith("[better-match]");
  }

  @Test
  void strongswan602DefaultsToLibreswan4CostOneInvalidKeRoundForModp2048() {
    CheckRun run = run(swanctlLeft("left", "strongswan-6.0.6", ""), libreswanRight("libreswan-4.10", ""),
        CheckStatus.CONTINUE);
    assertThat(suite(run)).isEqualTo("AES_GCM_16_256/PRF_HMAC_SHA2_512/MODP_2048");
    assertThat(run.exchange().invalidKeRounds()).isEqualTo(1);
    assertThat(run.initiatorLog()).containsSubsequence(
        "peer didn't accept key exchange method ECP_256, it requested MODP_2048",
        "selected proposal: IKE:AES_GCM_16_256/PRF_HMAC_SHA2_512/MODP_2048");
    assertThat(run.responderLog()).anySatisfy(line -> assertThat(line).isEqualTo(
        "initiator guessed wrong keying material group (ECP_256); responding with INVALID_KE_PAYLOAD requesting MODP2048"));
    assertThat(run.responderLog()).anySatisfy(line ->
        assertThat(line).startsWith("proposal 2:IKE=AES_GCM_C_256-HMAC_SHA2_512-MODP2048 chosen from remote proposals"));
    assertThat(run.exchange().disagreements()).singleElement()
        .satisfies(d -> assertThat(d.failureClass()).isEqualTo(FailureClass.KE_RETRY));
  }

  @Test
  void strongswan598GuessesCurve25519AndSays5point9Wording() {
    CheckRun run = run(swanctlLeft("left", "strongswan-5.9.8", ""), libreswanRight("libreswan-4.10", ""),
        CheckStatus.CONTINUE);
    assertThat(run.exchange().invalidKeRounds()).isEqualTo(1);
    assertThat(run.initiatorLog()).containsSubsequence(
        "peer didn't accept DH group CURVE_25519, it requested MODP_2048",
        "selected proposal: IKE:AES_GCM_16_256/PRF_HMAC_SHA2_512/MODP_2048");
    assertThat(run.responderLog()).contains(
        "initiator guessed wrong keying material group (CURVE25519); responding with INVALID_KE_PAYLOAD requesting MODP2048");
  }

  @Test
  void strongswan5910GuessesEcp256Again() {
    CheckRun run = run(swanctlLeft("left", "strongswan-5.9.10", ""), libreswanRight("libreswan-5.2", ""),
        CheckStatus.CONTINUE);
    assertThat(run.exchange().invalidKeRounds()).isZero();
  }

  @Test
  void libreswan5ToStrongswanDefaultsGetsTheClassicProposalAtOnce() {
    CheckRun run = run(libreswanLeft("libreswan-5.2", ""), swanctlRight("strongswan-6.0.6", ""),
        CheckStatus.CONTINUE);
    assertThat(suite(run)).isEqualTo("AES_CBC_256/HMAC_SHA2_256_128/PRF_HMAC_SHA2_256/ECP_256");
    assertThat(run.exchange().invalidKeRounds()).isZero();
    assertThat(run.initiatorLog()).contains("processed IKE_SA_INIT response from 192.0.2.2:UDP/500 "
        + "{cipher=AES_CBC_256 integ=HMAC_SHA2_256_128 prf=HMAC_SHA2_256 group=DH19}, initiating IKE_AUTH");
    assertThat(run.responderLog()).containsSubsequence("192.0.2.1 is initiating IKE_SA site[1]",
        "selected proposal: IKE:AES_CBC_256/HMAC_SHA2_256_128/PRF_HMAC_SHA2_256/ECP_256");
  }

  @Test
  void libreswan4ToStrongswan598IsAskedForCurve25519() {
    CheckRun run = run(libreswanLeft("libreswan-4.10", ""), swanctlRight("strongswan-5.9.8", ""),
        CheckStatus.CONTINUE);
    assertThat(suite(run)).isEqualTo("AES_CBC_256/HMAC_SHA2_256_128/PRF_HMAC_SHA2_256/CURVE_25519");
    assertThat(run.initiatorLog()).containsSubsequence(
        "Received unauthenticated INVALID_KE_PAYLOAD response to DH MODP2048; resending with suggested DH DH31",
        "sent IKE_AUTH request {cipher=AES_CBC_256 integ=HMAC_SHA2_256_128 prf=HMAC_SHA2_256 group=DH31}");
    assertThat(run.responderLog()).containsSubsequence(
        "selected proposal: IKE:AES_CBC_256/HMAC_SHA2_256_128/PRF_HMAC_SHA2_256/CURVE_25519",
        "DH group MODP_2048 unacceptable, requesting CURVE_25519",
        "selected proposal: IKE:AES_CBC_256/HMAC_SHA2_256_128/PRF_HMAC_SHA2_256/CURVE_25519");
  }

  @Test
  void bothPreferDifferentGroupsStrongswanInitiating() {
    Peer initiator = hosts.swanctl("left", "strongswan-6.0.6",
        SiteFragment.left().conn(SW_ECP384_FIRST).child("esp_proposals = aes256-sha256").swanctl());
    CheckRun run = run(initiator, libreswanRight("libreswan-5.2", LS_DH19_FIRST), CheckStatus.CONTINUE);
    assertThat(suite(run)).endsWith("/ECP_256");
    assertThat(run.initiatorLog()).contains("peer didn't accept key exchange method ECP_384, it requested ECP_256");
    assertThat(run.responderLog()).contains(
        "initiator guessed wrong keying material group (ECP_384); responding with INVALID_KE_PAYLOAD requesting DH19");
  }

  @Test
  void bothPreferDifferentGroupsLibreswanInitiating() {
    Peer responder = hosts.swanctl("right", "strongswan-6.0.6",
        SiteFragment.right().conn(SW_ECP384_FIRST).child("esp_proposals = aes256-sha256").swanctl());
    CheckRun run = run(libreswanLeft("libreswan-5.2", LS_DH19_FIRST), responder, CheckStatus.CONTINUE);
    assertThat(suite(run)).endsWith("/ECP_384");
    assertThat(run.exchange().invalidKeRounds()).isEqualTo(1);
    assertThat(run.initiatorLog()).contains(
        "Received unauthenticated INVALID_KE_PAYLOAD response to DH DH19; resending with suggested DH DH20");
    assertThat(run.responderLog()).contains("key exchange method ECP_256 unacceptable, requesting ECP_384");
  }

  @Test
  void preferConfiguredProposalsNoFollowsTheInitiatorsOrder() {
    Peer responder = hosts.host("right")
        .swanctl(SiteFragment.right().conn(SW_ECP384_FIRST).child("esp_proposals = aes256-sha256").swanctl())
        .strongswanConf("charon {\n  prefer_configured_proposals = no\n}\n").peer("strongswan-6.0.6");
    CheckRun run = run(libreswanLeft("libreswan-5.2", LS_DH19_FIRST), responder, CheckStatus.CONTINUE);
    assertThat(suite(run)).endsWith("/ECP_256");
    assertThat(run.exchange().invalidKeRounds()).isZero();
  }

  /** A Libreswan initiator whose list strongSwan's stroke configuration lacks, strictly or not. */
  private CheckRun againstStroke(String ike, String esp, CheckStatus expected) {
    Peer responder = hosts.ipsecConf("right", "strongswan-6.0.6",
        SiteFragment.right().conn("keyexchange=ikev2", ike, esp, "auto=add").ipsecConf());
    return run(libreswanLeft("libreswan-5.2", "ike=aes128-sha2;dh19\nesp=aes128-sha2\npfs=no"), responder, expected);
  }

  @Test
  void nonStrictIpsecConfListFallsBackToTheAppendedDefaults() {
    CheckRun run = againstStroke("ike=aes256-sha256-modp2048", "esp=aes256-sha256", CheckStatus.CONTINUE);
    assertThat(run.responderLog())
        .contains("selected proposal: IKE:AES_CBC_128/HMAC_SHA2_256_128/PRF_HMAC_SHA2_256/ECP_256");
  }

  @Test
  void strictIpsecConfListRefusesAndLibreswanIgnoresTheNotify() {
    CheckRun run = againstStroke("ike=aes256-sha256-modp2048!", "esp=aes256-sha256!", CheckStatus.STOP_IKE);
    assertThat(run.exchange().failure().orElseThrow().notification()).contains(Notify.NO_PROPOSAL_CHOSEN);
    assertThat(run.responderLog()).containsSubsequence(
        "received proposals: IKE:AES_CBC_128/HMAC_SHA2_256_128/PRF_HMAC_SHA2_256/ECP_256",
        "configured proposals: IKE:AES_CBC_256/HMAC_SHA2_256_128/PRF_HMAC_SHA2_256/MODP_2048",
        "received proposals unacceptable");
    assertThat(run.initiatorLog()).containsSubsequence(
        "ignoring IKE_SA_INIT response containing NO_PROPOSAL_CHOSEN notification (Message ID 0; message payloads N, "
            + "missing SA,KE,Ni)",
        "IKE_SA_INIT_I: retransmission; will wait 0.5 seconds for response",
        "IKE_SA_INIT_I: <t> second timeout exceeded after <n> retransmits.  No response (or no acceptable response) to "
            + "our first IKEv2 message");
    assertThat(run.exchange().disagreements().get(0).failureClass()).isEqualTo(FailureClass.IKE_PROPOSAL);
    assertThat(run.exchange().disagreements().get(0).responderSetting().orElseThrow().line()).isEqualTo(10);
  }

  @Test
  void strongswanInitiatorGivesUpAtOnceOnNoProposalChosen() {
    CheckRun run = run(swanctlLeft("left", "strongswan-5.9.8", "proposals = aes128-sha256-ecp256"),
        libreswanRight("libreswan-4.10", "ike=aes256-sha2_512-modp3072"), CheckStatus.STOP_IKE);
    assertThat(run.responderLog()).singleElement().asString()
        .startsWith("no local proposal matches remote proposals 1:IKE:ENCR=AES_CBC_128;INTEG=HMAC_SHA2_256_128;"
            + "PRF=HMAC_SHA2_256;DH=ECP_256");
    assertThat(run.initiatorLog()).containsSubsequence("parsed IKE_SA_INIT response 0 [ N(NO_PROP) ]",
        "received NO_PROPOSAL_CHOSEN notify error");
  }

  /**
   * A strongSwan initiator against two stroke conns for the same peers and IDs whose IKE proposals
   * have nothing in common, the responder's pairing starting from {@code paired}.
   */
  private CheckRun againstTwoConns(String proposals, String paired) {
    SiteFragment stroke = SiteFragment.right().conn("keyexchange=ikev2", "auto=add");
    String twoConns = stroke.named("net-a").conn("ike=aes256-sha256-modp2048!").withoutSecrets().ipsecConf()
        + stroke.named("net-b").subnets("10.2.1.0/24", "10.1.1.0/24").conn("ike=aes128-sha256-ecp256!").ipsecConf();
    return run(swanctlLeft("left", "strongswan-5.9.8", proposals),
        hosts.host("right").ipsecConf(twoConns).peer("strongswan-5.9.8", paired), CheckStatus.CONTINUE);
  }

  @Test
  void strongswanResponderTriesTheAlternativeConfig() {
    CheckRun run = againstTwoConns("proposals = aes128-sha256-ecp256", "net-a");
    assertThat(run.exchange().responderConnection().name()).isEqualTo("net-b");
    assertThat(run.exchange().responderCandidates()).extracting(c -> c.name()).containsExactly("net-b");
    assertThat(run.responderLog()).containsSubsequence(
        "configured proposals: IKE:AES_CBC_256/HMAC_SHA2_256_128/PRF_HMAC_SHA2_256/MODP_2048",
        "no matching proposal found, trying alternative config",
        "selected proposal: IKE:AES_CBC_128/HMAC_SHA2_256_128/PRF_HMAC_SHA2_256/ECP_256");
  }

  @Test
  void strongswanResponderKeepsEveryConnectionThatCarriesTheSuite() {
    CheckRun run = againstTwoConns("proposals = aes256-sha256-modp2048", "net-b");
    assertThat(run.exchange().responderConnection().name()).isEqualTo("net-a");
    assertThat(run.exchange().responderCandidates()).extracting(c -> c.name()).containsExactly("net-a");
  }

  @Test
  void libreswanBefore54SkipsProposalsWithAdditionalKeyExchanges() {
    Peer responder = libreswanRight("libreswan-5.3", "");
    CheckRun only = run(swanctlLeft("a", "strongswan-6.0.6", "proposals = aes256-sha256-x25519-ke1_mlkem768"),
        responder, CheckStatus.STOP_IKE);
    assertThat(only.initiatorLog()).contains("received NO_PROPOSAL_CHOSEN notify error");
    assertThat(only.responderLog()).singleElement().asString()
        .startsWith("no local proposal matches remote proposals 1:IKE:");

    CheckRun withFallback = run(swanctlLeft("b", "strongswan-6.0.6",
        "proposals = aes256-sha256-x25519-ke1_mlkem768, aes256-sha256-x25519"), responder, CheckStatus.CONTINUE);
    assertThat(suite(withFallback)).isEqualTo("AES_CBC_256/HMAC_SHA2_256_128/PRF_HMAC_SHA2_256/CURVE_25519");
    assertThat(withFallback.exchange().invalidKeRounds()).isZero();
  }
}
