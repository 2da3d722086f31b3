// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.negotiation.check;

import static io.github.ipseclint.negotiation.TestDaemons.texts;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.ipseclint.negotiation.Peer;
import io.github.ipseclint.negotiation.Side;
import io.github.ipseclint.negotiation.TestDaemons;
import io.github.ipseclint.negotiation.exchange.Check;
import io.github.ipseclint.negotiation.exchange.CheckStatus;
import io.github.ipseclint.negotiation.exchange.Exchange;
import io.github.ipseclint.negotiation.outcome.FailureClass;
import io.github.ipseclint.negotiation.outcome.Notify;
import io.github.ipseclint.negotiation.wording.StrongswanWording;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** C1-C3 for IKEv2 with both daemons as responder: the cases' IKE_SA_INIT expectations. */
class IkeSaInitTest {
  private static final List<Check> IKE_SA_INIT =
      List.of(new FirstPacketCheck(), new IkeProposalCheck(), new KeyExchangeCheck());

  @TempDir
  Path dir;

  private Peer swanctl(String name, String target, String text) {
    return TestDaemons.peer(dir.resolve(name), target, Map.of("swanctl/swanctl.conf", text));
  }

  private Peer swanctl(String name, String target, String text, String strongswanConf) {
    return TestDaemons.peer(dir.resolve(name), target,
        Map.of("swanctl/swanctl.conf", text, "strongswan.conf", strongswanConf));
  }

  private Peer ipsecConf(String name, String target, String text, String secrets, String conn) {
    return TestDaemons.peer(dir.resolve(name), target, Map.of("ipsec.conf", text, "ipsec.secrets", secrets), conn);
  }

  private static Exchange exchange(Peer initiator, Peer responder) {
    return new Exchange(initiator, responder, Side.LEFT);
  }

  private static String suite(Exchange exchange) {
    return StrongswanWording.suite(exchange.ikeSuite().orElseThrow());
  }

  @Test
  void strongswan602DefaultsToLibreswan5SelectLibreswansFirstProposalWithoutRetry() {
    Exchange exchange = exchange(swanctl("left", "strongswan-6.0.6", Fragments.swanctlLeft("", "start_action = start")),
        ipsecConf("right", "libreswan-5.2", Fragments.libreswan(false, "auto=add"), Fragments.secrets(false), null));
    assertThat(TestDaemons.run(exchange, IKE_SA_INIT)).isEqualTo(CheckStatus.CONTINUE);
    assertThat(suite(exchange)).isEqualTo("AES_GCM_16_256/PRF_HMAC_SHA2_512/ECP_256");
    assertThat(exchange.invalidKeRounds()).isZero();
    assertThat(texts(exchange.initiatorLog())).containsSubsequence("initiating IKE_SA site[1] to 192.0.2.2",
        "selected proposal: IKE:AES_GCM_16_256/PRF_HMAC_SHA2_512/ECP_256");
    assertThat(texts(exchange.responderLog())).singleElement().asString()
        .startsWith("proposal 2:IKE=AES_GCM_16_256-HMAC_SHA2_512-ECP_256 chosen from remote proposals 1:IKE:ENCR=AES_CBC_128;")
        .contains("[first-match] 2:IKE:ENCR=AES_GCM_16_128;")
        .endsWith("[better-match]");
  }

  @Test
  void strongswan602DefaultsToLibreswan4CostOneInvalidKeRoundForModp2048() {
    Exchange exchange = exchange(swanctl("left", "strongswan-6.0.6", Fragments.swanctlLeft("", "start_action = start")),
        ipsecConf("right", "libreswan-4.10", Fragments.libreswan(false, "auto=add"), Fragments.secrets(false), null));
    assertThat(TestDaemons.run(exchange, IKE_SA_INIT)).isEqualTo(CheckStatus.CONTINUE);
    assertThat(suite(exchange)).isEqualTo("AES_GCM_16_256/PRF_HMAC_SHA2_512/MODP_2048");
    assertThat(exchange.invalidKeRounds()).isEqualTo(1);
    assertThat(texts(exchange.initiatorLog())).containsSubsequence(
        "peer didn't accept key exchange method ECP_256, it requested MODP_2048",
        "selected proposal: IKE:AES_GCM_16_256/PRF_HMAC_SHA2_512/MODP_2048");
    assertThat(texts(exchange.responderLog())).anySatisfy(line -> assertThat(line).isEqualTo(
        "initiator guessed wrong keying material group (ECP_256); responding with INVALID_KE_PAYLOAD requesting MODP2048"));
    assertThat(texts(exchange.responderLog())).anySatisfy(line ->
        assertThat(line).startsWith("proposal 2:IKE=AES_GCM_C_256-HMAC_SHA2_512-MODP2048 chosen from remote proposals"));
    assertThat(exchange.disagreements()).singleElement()
        .satisfies(d -> assertThat(d.failureClass()).isEqualTo(FailureClass.KE_RETRY));
  }

  @Test
  void strongswan598GuessesCurve25519AndSays5point9Wording() {
    Exchange exchange = exchange(swanctl("left", "strongswan-5.9.8", Fragments.swanctlLeft("", "start_action = start")),
        ipsecConf("right", "libreswan-4.10", Fragments.libreswan(false, "auto=add"), Fragments.secrets(false), null));
    assertThat(TestDaemons.run(exchange, IKE_SA_INIT)).isEqualTo(CheckStatus.CONTINUE);
    assertThat(exchange.invalidKeRounds()).isEqualTo(1);
    assertThat(texts(exchange.initiatorLog())).containsSubsequence(
        "peer didn't accept DH group CURVE_25519, it requested MODP_2048",
        "selected proposal: IKE:AES_GCM_16_256/PRF_HMAC_SHA2_512/MODP_2048");
    assertThat(texts(exchange.responderLog())).contains(
        "initiator guessed wrong keying material group (CURVE25519); responding with INVALID_KE_PAYLOAD requesting MODP2048");
  }

  @Test
  void strongswan5910GuessesEcp256Again() {
    Exchange exchange = exchange(swanctl("left", "strongswan-5.9.10", Fragments.swanctlLeft("", "start_action = start")),
        ipsecConf("right", "libreswan-5.2", Fragments.libreswan(false, "auto=add"), Fragments.secrets(false), null));
    assertThat(TestDaemons.run(exchange, IKE_SA_INIT)).isEqualTo(CheckStatus.CONTINUE);
    assertThat(exchange.invalidKeRounds()).isZero();
  }

  @Test
  void libreswan5ToStrongswanDefaultsGetsTheClassicProposalAtOnce() {
    Exchange exchange = exchange(
        ipsecConf("left", "libreswan-5.2", Fragments.libreswan(true, "auto=start"), Fragments.secrets(true), null),
        swanctl("right", "strongswan-6.0.6", Fragments.swanctlRight("", "")));
    assertThat(TestDaemons.run(exchange, IKE_SA_INIT)).isEqualTo(CheckStatus.CONTINUE);
    assertThat(suite(exchange)).isEqualTo("AES_CBC_256/HMAC_SHA2_256_128/PRF_HMAC_SHA2_256/ECP_256");
    assertThat(exchange.invalidKeRounds()).isZero();
    assertThat(texts(exchange.initiatorLog())).contains("processed IKE_SA_INIT response from 192.0.2.2:UDP/500 "
        + "{cipher=AES_CBC_256 integ=HMAC_SHA2_256_128 prf=HMAC_SHA2_256 group=DH19}, initiating IKE_AUTH");
    assertThat(texts(exchange.responderLog())).containsSubsequence("192.0.2.1 is initiating IKE_SA site[1]",
        "selected proposal: IKE:AES_CBC_256/HMAC_SHA2_256_128/PRF_HMAC_SHA2_256/ECP_256");
  }

  @Test
  void libreswan4ToStrongswan598IsAskedForCurve25519() {
    Exchange exchange = exchange(
        ipsecConf("left", "libreswan-4.10", Fragments.libreswan(true, "auto=start"), Fragments.secrets(true), null),
        swanctl("right", "strongswan-5.9.8", Fragments.swanctlRight("", "")));
    assertThat(TestDaemons.run(exchange, IKE_SA_INIT)).isEqualTo(CheckStatus.CONTINUE);
    assertThat(suite(exchange)).isEqualTo("AES_CBC_256/HMAC_SHA2_256_128/PRF_HMAC_SHA2_256/CURVE_25519");
    assertThat(texts(exchange.initiatorLog())).containsSubsequence(
        "Received unauthenticated INVALID_KE_PAYLOAD response to DH MODP2048; resending with suggested DH DH31",
        "sent IKE_AUTH request {cipher=AES_CBC_256 integ=HMAC_SHA2_256_128 prf=HMAC_SHA2_256 group=DH31}");
    assertThat(texts(exchange.responderLog())).containsSubsequence(
        "selected proposal: IKE:AES_CBC_256/HMAC_SHA2_256_128/PRF_HMAC_SHA2_256/CURVE_25519",
        "DH group MODP_2048 unacceptable, requesting CURVE_25519",
        "selected proposal: IKE:AES_CBC_256/HMAC_SHA2_256_128/PRF_HMAC_SHA2_256/CURVE_25519");
  }

  private static final String SW_ECP384_FIRST = "proposals = aes256-sha256-ecp384-ecp256";
  private static final String LS_DH19_FIRST = "ike=aes256-sha2_256-dh19+dh20\nesp=aes256-sha2_256\npfs=no";

  @Test
  void bothPreferDifferentGroupsStrongswanInitiating() {
    Exchange exchange = exchange(
        swanctl("left", "strongswan-6.0.6", Fragments.swanctlLeft(SW_ECP384_FIRST, "esp_proposals = aes256-sha256")),
        ipsecConf("right", "libreswan-5.2", Fragments.libreswan(false, LS_DH19_FIRST + "\nauto=add"),
            Fragments.secrets(false), null));
    assertThat(TestDaemons.run(exchange, IKE_SA_INIT)).isEqualTo(CheckStatus.CONTINUE);
    assertThat(suite(exchange)).endsWith("/ECP_256");
    assertThat(texts(exchange.initiatorLog())).contains("peer didn't accept key exchange method ECP_384, it requested ECP_256");
    assertThat(texts(exchange.responderLog())).contains(
        "initiator guessed wrong keying material group (ECP_384); responding with INVALID_KE_PAYLOAD requesting DH19");
  }

  @Test
  void bothPreferDifferentGroupsLibreswanInitiating() {
    Exchange exchange = exchange(
        ipsecConf("left", "libreswan-5.2", Fragments.libreswan(true, LS_DH19_FIRST + "\nauto=start"),
            Fragments.secrets(true), null),
        swanctl("right", "strongswan-6.0.6", Fragments.swanctlRight(SW_ECP384_FIRST, "esp_proposals = aes256-sha256")));
    assertThat(TestDaemons.run(exchange, IKE_SA_INIT)).isEqualTo(CheckStatus.CONTINUE);
    assertThat(suite(exchange)).endsWith("/ECP_384");
    assertThat(exchange.invalidKeRounds()).isEqualTo(1);
    assertThat(texts(exchange.initiatorLog())).contains(
        "Received unauthenticated INVALID_KE_PAYLOAD response to DH DH19; resending with suggested DH DH20");
    assertThat(texts(exchange.responderLog())).contains("key exchange method ECP_256 unacceptable, requesting ECP_384");
  }

  @Test
  void preferConfiguredProposalsNoFollowsTheInitiatorsOrder() {
    Exchange exchange = exchange(
        ipsecConf("left", "libreswan-5.2", Fragments.libreswan(true, LS_DH19_FIRST + "\nauto=start"),
            Fragments.secrets(true), null),
        swanctl("right", "strongswan-6.0.6", Fragments.swanctlRight(SW_ECP384_FIRST, "esp_proposals = aes256-sha256"),
            "charon {\n  prefer_configured_proposals = no\n}\n"));
    assertThat(TestDaemons.run(exchange, IKE_SA_INIT)).isEqualTo(CheckStatus.CONTINUE);
    assertThat(suite(exchange)).endsWith("/ECP_256");
    assertThat(exchange.invalidKeRounds()).isZero();
  }

  private static final String STROKE_RIGHT = """
      conn site
          left=192.0.2.2
          leftid=@right
          leftsubnet=10.2.0.0/24
          right=192.0.2.1
          rightid=@left
          rightsubnet=10.1.0.0/24
          authby=secret
          keyexchange=ikev2
          %s
          auto=add
      """;

  @Test
  void nonStrictIpsecConfListFallsBackToTheAppendedDefaults() {
    Exchange exchange = exchange(
        ipsecConf("left", "libreswan-5.2", Fragments.libreswan(true, "ike=aes128-sha2;dh19\nesp=aes128-sha2\npfs=no\nauto=start"),
            Fragments.secrets(true), null),
        ipsecConf("right", "strongswan-6.0.6", STROKE_RIGHT.formatted("ike=aes256-sha256-modp2048\n    esp=aes256-sha256"),
            Fragments.secrets(false), null));
    assertThat(TestDaemons.run(exchange, IKE_SA_INIT)).isEqualTo(CheckStatus.CONTINUE);
    assertThat(texts(exchange.responderLog()))
        .contains("selected proposal: IKE:AES_CBC_128/HMAC_SHA2_256_128/PRF_HMAC_SHA2_256/ECP_256");
  }

  @Test
  void strictIpsecConfListRefusesAndLibreswanIgnoresTheNotify() {
    Exchange exchange = exchange(
        ipsecConf("left", "libreswan-5.2", Fragments.libreswan(true, "ike=aes128-sha2;dh19\nesp=aes128-sha2\npfs=no\nauto=start"),
            Fragments.secrets(true), null),
        ipsecConf("right", "strongswan-6.0.6", STROKE_RIGHT.formatted("ike=aes256-sha256-modp2048!\n    esp=aes256-sha256!"),
            Fragments.secrets(false), null));
    assertThat(TestDaemons.run(exchange, IKE_SA_INIT)).isEqualTo(CheckStatus.STOP_IKE);
    assertThat(exchange.failure().orElseThrow().notification()).contains(Notify.NO_PROPOSAL_CHOSEN);
    assertThat(texts(exchange.responderLog())).containsSubsequence(
        "received proposals: IKE:AES_CBC_128/HMAC_SHA2_256_128/PRF_HMAC_SHA2_256/ECP_256",
        "configured proposals: IKE:AES_CBC_256/HMAC_SHA2_256_128/PRF_HMAC_SHA2_256/MODP_2048",
        "received proposals unacceptable");
    assertThat(texts(exchange.initiatorLog())).containsSubsequence(
        "ignoring IKE_SA_INIT response containing NO_PROPOSAL_CHOSEN notification (Message ID 0; message payloads N, "
            + "missing SA,KE,Ni)",
        "IKE_SA_INIT_I: retransmission; will wait 0.5 seconds for response",
        "IKE_SA_INIT_I: <t> second timeout exceeded after <n> retransmits.  No response (or no acceptable response) to "
            + "our first IKEv2 message");
    assertThat(exchange.disagreements().get(0).failureClass()).isEqualTo(FailureClass.IKE_PROPOSAL);
    assertThat(exchange.disagreements().get(0).responderSetting().orElseThrow().line()).isEqualTo(10);
  }

  @Test
  void strongswanInitiatorGivesUpAtOnceOnNoProposalChosen() {
    Exchange exchange = exchange(
        swanctl("left", "strongswan-5.9.8", Fragments.swanctlLeft("proposals = aes128-sha256-ecp256", "start_action = start")),
        ipsecConf("right", "libreswan-4.10", Fragments.libreswan(false, "ike=aes256-sha2_512-modp3072\nauto=add"),
            Fragments.secrets(false), null));
    assertThat(TestDaemons.run(exchange, IKE_SA_INIT)).isEqualTo(CheckStatus.STOP_IKE);
    assertThat(texts(exchange.responderLog())).singleElement().asString()
        .startsWith("no local proposal matches remote proposals 1:IKE:ENCR=AES_CBC_128;INTEG=HMAC_SHA2_256_128;"
            + "PRF=HMAC_SHA2_256;DH=ECP_256");
    assertThat(texts(exchange.initiatorLog())).containsSubsequence("parsed IKE_SA_INIT response 0 [ N(NO_PROP) ]",
        "received NO_PROPOSAL_CHOSEN notify error");
  }

  @Test
  void strongswanResponderTriesTheAlternativeConfig() {
    String twoConns = """
        conn net-a
            left=192.0.2.2
            leftid=@right
            right=192.0.2.1
            rightid=@left
            authby=secret
            keyexchange=ikev2
            ike=aes256-sha256-modp2048!
            leftsubnet=10.2.0.0/24
            rightsubnet=10.1.0.0/24
            auto=add
        conn net-b
            left=192.0.2.2
            leftid=@right
            right=192.0.2.1
            rightid=@left
            authby=secret
            keyexchange=ikev2
            ike=aes128-sha256-ecp256!
            leftsubnet=10.2.1.0/24
            rightsubnet=10.1.1.0/24
            auto=add
        """;
    Exchange exchange = exchange(
        swanctl("left", "strongswan-5.9.8", Fragments.swanctlLeft("proposals = aes128-sha256-ecp256", "start_action = start")),
        ipsecConf("right", "strongswan-5.9.8", twoConns, Fragments.secrets(false), "net-a"));
    assertThat(TestDaemons.run(exchange, IKE_SA_INIT)).isEqualTo(CheckStatus.CONTINUE);
    assertThat(exchange.responderConnection().name()).isEqualTo("net-b");
    assertThat(exchange.responderCandidates()).extracting(c -> c.name()).containsExactly("net-b");
    assertThat(texts(exchange.responderLog())).containsSubsequence(
        "configured proposals: IKE:AES_CBC_256/HMAC_SHA2_256_128/PRF_HMAC_SHA2_256/MODP_2048",
        "no matching proposal found, trying alternative config",
        "selected proposal: IKE:AES_CBC_128/HMAC_SHA2_256_128/PRF_HMAC_SHA2_256/ECP_256");
  }

  @Test
  void strongswanResponderKeepsEveryConnectionThatCarriesTheSuite() {
    String twoConns = """
        conn net-a
            left=192.0.2.2
            leftid=@right
            right=192.0.2.1
            rightid=@left
            authby=secret
            keyexchange=ikev2
            ike=aes256-sha256-modp2048!
            leftsubnet=10.2.0.0/24
            rightsubnet=10.1.0.0/24
            auto=add
        conn net-b
            left=192.0.2.2
            leftid=@right
            right=192.0.2.1
            rightid=@left
            authby=secret
            keyexchange=ikev2
            ike=aes128-sha256-ecp256!
            leftsubnet=10.2.1.0/24
            rightsubnet=10.1.1.0/24
            auto=add
        """;
    Exchange exchange = exchange(
        swanctl("left", "strongswan-5.9.8", Fragments.swanctlLeft("proposals = aes256-sha256-modp2048", "start_action = start")),
        ipsecConf("right", "strongswan-5.9.8", twoConns, Fragments.secrets(false), "net-b"));
    assertThat(TestDaemons.run(exchange, IKE_SA_INIT)).isEqualTo(CheckStatus.CONTINUE);
    assertThat(exchange.responderConnection().name()).isEqualTo("net-a");
    assertThat(exchange.responderCandidates()).extracting(c -> c.name()).containsExactly("net-a");
  }

  @Test
  void libreswanBefore54SkipsProposalsWithAdditionalKeyExchanges() {
    Peer responder = ipsecConf("right", "libreswan-5.3", Fragments.libreswan(false, "auto=add"), Fragments.secrets(false), null);
    Exchange only = exchange(swanctl("a", "strongswan-6.0.6",
        Fragments.swanctlLeft("proposals = aes256-sha256-x25519-ke1_mlkem768", "start_action = start")), responder);
    assertThat(TestDaemons.run(only, IKE_SA_INIT)).isEqualTo(CheckStatus.STOP_IKE);
    assertThat(texts(only.initiatorLog())).contains("received NO_PROPOSAL_CHOSEN notify error");
    assertThat(texts(only.responderLog())).singleElement().asString()
        .startsWith("no local proposal matches remote proposals 1:IKE:");

    Exchange withFallback = exchange(swanctl("b", "strongswan-6.0.6", Fragments.swanctlLeft(
        "proposals = aes256-sha256-x25519-ke1_mlkem768, aes256-sha256-x25519", "start_action = start")), responder);
    assertThat(TestDaemons.run(withFallback, IKE_SA_INIT)).isEqualTo(CheckStatus.CONTINUE);
    assertThat(suite(withFallback)).isEqualTo("AES_CBC_256/HMAC_SHA2_256_128/PRF_HMAC_SHA2_256/CURVE_25519");
    assertThat(withFallback.invalidKeRounds()).isZero();
  }
}
