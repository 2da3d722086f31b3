// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.negotiation.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ipseclint.model.ipsec.TrafficSelector;
import io.github.ipseclint.negotiation.Peer;
import io.github.ipseclint.negotiation.SiteFragment;
import io.github.ipseclint.negotiation.TestHosts;
import io.github.ipseclint.negotiation.exchange.CheckStatus;
import io.github.ipseclint.negotiation.outcome.Disagreement;
import io.github.ipseclint.negotiation.outcome.FailureClass;
import io.github.ipseclint.negotiation.outcome.Notify;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** C12: the initiator's check of the returned CHILD SA (cases C10 and C11 reversed). */
class ChildResponseCheckTest {
  @RegisterExtension
  final TestHosts hosts = new TestHosts();

  private Peer strongswanRight(String localTs, String remoteTs) {
    return hosts.swanctl("right", "strongswan-5.9.8", SiteFragment.right().subnets(localTs, remoteTs).swanctl());
  }

  private Peer libreswanLeft(String target, String leftsubnet, String rightsubnet, String... settings) {
    return hosts.ipsecConf("left", target,
        SiteFragment.left().subnets(leftsubnet, rightsubnet).conn(settings).conn("auto=start").ipsecConf());
  }

  @Test
  void libreswanWithoutNarrowingDeletesTheChildStrongswanNarrowed() {
    CheckRun setup = CheckRun.childSa(libreswanLeft("libreswan-4.10", "10.1.0.0/24", "10.2.0.0/16"),
        strongswanRight("10.2.0.0/24", "10.1.0.0/24"));

    assertThat(setup.status()).isEqualTo(CheckStatus.STOP_CHILD);
    assertThat(setup.exchange().failure().orElseThrow().notification()).contains(Notify.TS_UNACCEPTABLE);
    assertThat(setup.initiatorLog()).containsExactly(
        "CHILD SA failed: TS_UNACCEPTABLE",
        "IKE SA established but initiator rejected Child SA response",
        "deleting larval Child SA using IKE SA #1");
    assertThat(setup.responderLog()).contains(
        "CHILD_SA net{1} established with SPIs <spi>_i <spi>_o and TS 10.2.0.0/24 === 10.1.0.0/24",
        "received DELETE for ESP CHILD_SA with SPI <spi>");
    Disagreement cause = setup.exchange().disagreements().get(0);
    assertThat(cause.failureClass()).isEqualTo(FailureClass.TS);
    assertThat(cause.explanation()).contains("10.2.0.0/16", "10.2.0.0/24", "narrowing=no");
    assertThat(cause.initiatorSetting().orElseThrow().line()).isEqualTo(7); // rightsubnet
  }

  @Test
  void libreswanWithNarrowingAcceptsTheNarrowedChild() {
    CheckRun setup = CheckRun.childSa(libreswanLeft("libreswan-5.3", "10.1.0.0/24", "10.2.0.0/16", "narrowing=yes"),
        strongswanRight("10.2.0.0/24", "10.1.0.0/24"));

    assertThat(setup.status()).isEqualTo(CheckStatus.CONTINUE);
    assertThat(setup.exchange().responderTs()).extracting(TrafficSelector::toString).containsExactly("10.2.0.0/24");
    assertThat(setup.initiatorLog()).containsExactly("initiator established Child SA using #1; IPsec tunnel"
        + " [10.1.0.0/24===10.2.0.0/24] {ESP=>0x<spi> <0x<spi> xfrm=AES_GCM_16_256-NONE DPD=passive}");
  }

  @Test
  void protocolNarrowingByStrongswanIsRefusedByLibreswan() {
    CheckRun setup = CheckRun.childSa(libreswanLeft("libreswan-5.3", "10.1.0.0/24", "10.2.0.0/24"),
        strongswanRight("10.2.0.0/24[tcp/443]", "10.1.0.0/24[tcp]"));

    assertThat(setup.exchange().failure().orElseThrow().notification()).contains(Notify.TS_UNACCEPTABLE);
    assertThat(setup.responderLog()).contains(
        "CHILD_SA net{1} established with SPIs <spi>_i <spi>_o and TS 10.2.0.0/24[tcp/https] === 10.1.0.0/24[tcp]");
    assertThat(setup.initiatorLog()).containsExactly("CHILD SA failed: TS_UNACCEPTABLE",
        "IKE SA established but initiator rejected Child SA response");
  }

  @Test
  void strongswanAcceptsAnyNarrowing() {
    Peer left = hosts.swanctl("left", "strongswan-6.0.6",
        SiteFragment.left().subnets("10.1.0.0/16", "10.2.0.0/16").child("start_action = start").swanctl());

    CheckRun setup = CheckRun.childSa(left, strongswanRight("10.2.3.0/24", "10.1.3.0/24"));

    assertThat(setup.status()).isEqualTo(CheckStatus.CONTINUE);
    assertThat(setup.initiatorLog()).contains(
        "CHILD_SA net{1} established with SPIs <spi>_i <spi>_o and TS 10.1.3.0/24 === 10.2.3.0/24");
  }

  @Test
  void libreswanPrintsEspInUdpWhenTheOtherEndForcesEncapsulation() {
    Peer left = hosts.swanctl("left", "strongswan-6.0.6",
        SiteFragment.left().conn("encap = yes").child("start_action = start").swanctl());
    Peer right = hosts.ipsecConf("right", "libreswan-5.3", SiteFragment.right().conn("auto=add").ipsecConf());

    CheckRun setup = CheckRun.childSa(left, right);

    assertThat(setup.responderLog()).contains("responder established Child SA using #1; IPsec tunnel"
        + " [10.2.0.0/24===10.1.0.0/24] {ESPinUDP=>0x<spi> <0x<spi> xfrm=AES_GCM_16_256-NONE NATD=192.0.2.1:4500"
        + " DPD=passive}");
  }
}
