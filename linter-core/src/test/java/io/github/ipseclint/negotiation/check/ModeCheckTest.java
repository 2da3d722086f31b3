// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.negotiation.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ipseclint.model.ipsec.IpsecMode;
import io.github.ipseclint.negotiation.Peer;
import io.github.ipseclint.negotiation.SiteFragment;
import io.github.ipseclint.negotiation.TestHosts;
import io.github.ipseclint.negotiation.exchange.CheckStatus;
import io.github.ipseclint.negotiation.outcome.FailureClass;
import io.github.ipseclint.negotiation.outcome.Notify;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** C11 and the mode part of C12 on the fragments of case C32. */
class ModeCheckTest {
  @RegisterExtension
  final TestHosts hosts = new TestHosts();

  /** Host to host: the ends name no subnets. */
  private Peer swanctlLeft(String host, String mode) {
    return hosts.swanctl(host, "strongswan-5.9.8",
        SiteFragment.left().withoutSubnets().child(mode, "start_action = start").swanctl());
  }

  private Peer libreswanRight(String target, String... settings) {
    return hosts.ipsecConf("right", target, SiteFragment.right().withoutSubnets().conn(settings).conn("auto=add").ipsecConf());
  }

  @Test
  void libreswanTunnelIgnoresATransportRequestAndStrongswanTakesTheTunnel() {
    CheckRun setup = CheckRun.childSa(swanctlLeft("left", "mode = transport"), libreswanRight("libreswan-5.3"));

    assertThat(setup.status()).isEqualTo(CheckStatus.CONTINUE);
    assertThat(setup.exchange().mode()).contains(IpsecMode.TUNNEL);
    assertThat(setup.responderLog()).contains("policy dictates Tunnel Mode, ignoring peer's request for Transport Mode");
    assertThat(setup.initiatorLog()).contains(
        "CHILD_SA net{1} established with SPIs <spi>_i <spi>_o and TS 192.0.2.1/32 === 192.0.2.2/32");
  }

  @Test
  void libreswanTransportRefusesATunnelRequest() {
    CheckRun setup = CheckRun.childSa(swanctlLeft("left", ""), libreswanRight("libreswan-4.10", "type=transport"));

    assertThat(setup.exchange().failure().orElseThrow().notification()).contains(Notify.NO_PROPOSAL_CHOSEN);
    assertThat(setup.responderLog()).endsWith("policy dictates Transport Mode, but peer requested Tunnel Mode");
    assertThat(setup.initiatorLog()).startsWith("received NO_PROPOSAL_CHOSEN notify, no CHILD_SA built");
    assertThat(setup.exchange().disagreements().get(0).failureClass()).isEqualTo(FailureClass.MODE);
    assertThat(setup.exchange().disagreements().get(0).responderSetting().orElseThrow().line()).isEqualTo(7);
  }

  @Test
  void libreswanTransportInitiatorRejectsStrongswansSilentTunnelAnswer() {
    Peer right = hosts.swanctl("right", "strongswan-5.9.8", SiteFragment.right().withoutSubnets().swanctl());
    for (String target : new String[] {"libreswan-4.10", "libreswan-5.3"}) {
      Peer left = hosts.ipsecConf("left-" + target, target,
          SiteFragment.left().withoutSubnets().conn("type=transport", "auto=start").ipsecConf());

      CheckRun setup = CheckRun.childSa(left, right);

      assertThat(setup.status()).isEqualTo(CheckStatus.STOP_CHILD);
      assertThat(setup.exchange().failure().orElseThrow().notification()).contains(Notify.NO_PROPOSAL_CHOSEN);
      assertThat(setup.responderLog()).containsExactly(
          "selected proposal: ESP:AES_GCM_16_256/NO_EXT_SEQ",
          "CHILD_SA net{1} established with SPIs <spi>_i <spi>_o and TS 192.0.2.2/32 === 192.0.2.1/32",
          "received DELETE for ESP CHILD_SA with SPI <spi>",
          "closing CHILD_SA net{1} with SPIs <spi>_i (0 bytes) <spi>_o (0 bytes) and TS 192.0.2.2/32 === 192.0.2.1/32",
          "sending DELETE for ESP CHILD_SA with SPI <spi>");
      assertThat(setup.initiatorLog()).first().isEqualTo(target.endsWith("4.10")
          ? "local policy requires Transport Mode but peer requires required Tunnel Mode"
          : "policy dictates Transport Mode, but peer requested Tunnel Mode");
      assertThat(setup.initiatorLog()).contains("IKE SA established but initiator rejected Child SA response");
    }
  }

  @Test
  void strongswanAnswersTransportOnlyWhenBothWantIt() {
    Peer right = hosts.swanctl("right", "strongswan-6.0.6",
        SiteFragment.right().withoutSubnets().child("mode = transport").swanctl());

    assertThat(CheckRun.childSa(swanctlLeft("transport", "mode = transport"), right).exchange().mode()).contains(IpsecMode.TRANSPORT);
    assertThat(CheckRun.childSa(swanctlLeft("tunnel", ""), right).exchange().mode()).contains(IpsecMode.TUNNEL);
  }
}
