// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.negotiation.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ipseclint.negotiation.Peer;
import io.github.ipseclint.negotiation.SiteFragment;
import io.github.ipseclint.negotiation.TestHosts;
import io.github.ipseclint.negotiation.exchange.CheckStatus;
import io.github.ipseclint.negotiation.outcome.Disagreement;
import io.github.ipseclint.negotiation.outcome.FailureClass;
import io.github.ipseclint.negotiation.outcome.Notify;
import io.github.ipseclint.negotiation.wording.StrongswanWording;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** C10: the ESP proposal of the IKE_AUTH CHILD SA (cases C33, C01, C29). */
class ChildProposalCheckTest {
  @RegisterExtension
  final TestHosts hosts = new TestHosts();

  private Peer swanctlLeft(String target, String child) {
    return hosts.swanctl("left", target, SiteFragment.left().child(child, "start_action = start").swanctl());
  }

  private Peer swanctlRight(String target, String child) {
    return hosts.swanctl("right", target, SiteFragment.right().child(child).swanctl());
  }

  private Peer libreswanRight(String target, String... settings) {
    return hosts.ipsecConf("right-" + target, target, SiteFragment.right().conn(settings).conn("auto=add").ipsecConf());
  }

  @Test
  void esnOfferedAgainstLibreswanEsnNoFindsNoProposal() {
    Peer left = swanctlLeft("strongswan-5.9.8", "esp_proposals = aes256gcm16-esn");

    CheckRun five = CheckRun.childSa(left, libreswanRight("libreswan-5.3", "esn=no"));
    assertThat(five.status()).isEqualTo(CheckStatus.STOP_CHILD);
    assertThat(five.exchange().failure().orElseThrow().notification()).contains(Notify.NO_PROPOSAL_CHOSEN);
    assertThat(five.responderLog()).containsExactly(
        "no local proposal matches remote proposals 1:ESP:ENCR=AES_GCM_16_256;ESN=YES",
        "IKE_AUTH responder matching remote ESP/AH proposals failed, responder SA processing returned NO_PROPOSAL_CHOSEN");
    assertThat(five.initiatorLog()).startsWith("received NO_PROPOSAL_CHOSEN notify, no CHILD_SA built");
    Disagreement cause = five.exchange().disagreements().get(0);
    assertThat(cause.failureClass()).isEqualTo(FailureClass.CHILD_PROPOSAL);
    assertThat(cause.explanation()).contains("extended sequence numbers");
    assertThat(cause.responderSetting().orElseThrow().line()).isEqualTo(9);

    CheckRun four = CheckRun.childSa(left, libreswanRight("libreswan-4.10", "esn=no"));
    assertThat(four.responderLog()).startsWith("no local proposal matches remote proposals 1:ESP:ENCR=AES_GCM_C_256;ESN=ENABLED");
  }

  @Test
  void libreswanDefaultEsnEitherAcceptsEsn() {
    CheckRun setup = CheckRun.childSa(swanctlLeft("strongswan-5.9.8", "esp_proposals = aes256gcm16-esn"),
        libreswanRight("libreswan-5.3"));

    assertThat(setup.status()).isEqualTo(CheckStatus.CONTINUE);
    assertThat(setup.initiatorLog()).contains("selected proposal: ESP:AES_GCM_16_256/EXT_SEQ");
    assertThat(setup.responderLog()).contains("responder established Child SA using #1; IPsec tunnel"
        + " [10.2.0.0/24===10.1.0.0/24] {ESP/ESN=>0x<spi> <0x<spi> xfrm=AES_GCM_16_256-NONE DPD=passive}");
  }

  @Test
  void strongswanFiveNineEarlyAeadDefaultLacksEsnSoLibreswanPicksTheClassicOne() {
    CheckRun setup = CheckRun.childSa(swanctlLeft("strongswan-5.9.5", ""), libreswanRight("libreswan-4.10"));

    assertThat(setup.status()).isEqualTo(CheckStatus.CONTINUE);
    assertThat(setup.exchange().childSuite().map(StrongswanWording::proposal))
        .contains("ESP:AES_CBC_256/HMAC_SHA2_512_256/NO_EXT_SEQ");
    assertThat(setup.initiatorLog()).contains("selected proposal: ESP:AES_CBC_256/HMAC_SHA2_512_256/NO_EXT_SEQ");
  }

  @Test
  void keyExchangeDoesNotMatterInIkeAuth() {
    CheckRun setup = CheckRun.childSa(swanctlLeft("strongswan-5.9.8", "esp_proposals = aes256-sha256-modp2048"),
        swanctlRight("strongswan-5.9.8", "esp_proposals = aes256-sha256"));

    assertThat(setup.status()).isEqualTo(CheckStatus.CONTINUE);
    assertThat(setup.responderLog()).contains("selected proposal: ESP:AES_CBC_256/HMAC_SHA2_256_128/NO_EXT_SEQ");
  }

  @Test
  void strongswanResponderListsBothSidesWhenNothingMatches() {
    CheckRun setup = CheckRun.childSa(swanctlLeft("strongswan-6.0.6", "esp_proposals = aes256-sha256"),
        swanctlRight("strongswan-6.0.6", "esp_proposals = aes128-sha256"));

    assertThat(setup.responderLog()).containsExactly(
        "received proposals: ESP:AES_CBC_256/HMAC_SHA2_256_128/NO_EXT_SEQ",
        "configured proposals: ESP:AES_CBC_128/HMAC_SHA2_256_128/NO_EXT_SEQ",
        "no acceptable proposal found",
        "failed to establish CHILD_SA, keeping IKE_SA");
    assertThat(setup.exchange().disagreements().get(0).explanation()).contains("AES_CBC_256", "AES_CBC_128");
  }
}
