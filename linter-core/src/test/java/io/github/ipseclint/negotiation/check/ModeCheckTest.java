// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.negotiation.check;

import static io.github.ipseclint.negotiation.check.ChildFragments.lines;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.ipseclint.model.ipsec.IpsecMode;
import io.github.ipseclint.negotiation.Hosts;
import io.github.ipseclint.negotiation.Peer;
import io.github.ipseclint.negotiation.exchange.CheckStatus;
import io.github.ipseclint.negotiation.outcome.FailureClass;
import io.github.ipseclint.negotiation.outcome.Notify;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** C11 and the mode part of C12 on the fragments of case C32. */
class ModeCheckTest {
  @TempDir
  Path dir;

  private Peer swanctlLeft(String mode) {
    return new Hosts(dir).swanctl("left", ChildFragments.SWANCTL_LEFT.formatted(mode), "strongswan-5.9.8");
  }

  private Peer libreswanRight(String target, String... extra) {
    return new Hosts(dir).libreswan("right" + target, ChildFragments.LIBRESWAN_RIGHT.formatted(lines(extra)), target);
  }

  @Test
  void libreswanTunnelIgnoresATransportRequestAndStrongswanTakesTheTunnel() {
    ChildSetup setup = ChildSetup.ikev2(swanctlLeft("mode = transport"), libreswanRight("libreswan-5.3"));

    assertThat(setup.status).isEqualTo(CheckStatus.CONTINUE);
    assertThat(setup.exchange.mode()).contains(IpsecMode.TUNNEL);
    assertThat(setup.responderLog()).contains("policy dictates Tunnel Mode, ignoring peer's request for Transport Mode");
    assertThat(setup.initiatorLog()).contains(
        "CHILD_SA net{1} established with SPIs <spi>_i <spi>_o and TS 192.0.2.1/32 === 192.0.2.2/32");
  }

  @Test
  void libreswanTransportRefusesATunnelRequest() {
    ChildSetup setup = ChildSetup.ikev2(swanctlLeft(""), libreswanRight("libreswan-4.10", "type=transport"));

    assertThat(setup.exchange.failure().orElseThrow().notification()).contains(Notify.NO_PROPOSAL_CHOSEN);
    assertThat(setup.responderLog()).endsWith("policy dictates Transport Mode, but peer requested Tunnel Mode");
    assertThat(setup.initiatorLog()).startsWith("received NO_PROPOSAL_CHOSEN notify, no CHILD_SA built");
    assertThat(setup.exchange.disagreements().get(0).failureClass()).isEqualTo(FailureClass.MODE);
    assertThat(setup.exchange.disagreements().get(0).responderSetting().orElseThrow().line()).isEqualTo(7);
  }

  @Test
  void libreswanTransportInitiatorRejectsStrongswansSilentTunnelAnswer() {
    Peer right = new Hosts(dir).swanctl("right", ChildFragments.SWANCTL_RIGHT.formatted(""), "strongswan-5.9.8");
    for (String target : new String[] {"libreswan-4.10", "libreswan-5.3"}) {
      Peer left = new Hosts(dir).libreswan("left" + target, ChildFragments.LIBRESWAN_LEFT.formatted(lines("type=transport")), target);

      ChildSetup setup = ChildSetup.ikev2(left, right);

      assertThat(setup.status).isEqualTo(CheckStatus.STOP_CHILD);
      assertThat(setup.exchange.failure().orElseThrow().notification()).contains(Notify.NO_PROPOSAL_CHOSEN);
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
    Peer right = new Hosts(dir).swanctl("right", ChildFragments.SWANCTL_RIGHT.formatted("mode = transport"), "strongswan-6.0.6");

    assertThat(ChildSetup.ikev2(swanctlLeft("mode = transport"), right).exchange.mode()).contains(IpsecMode.TRANSPORT);
    assertThat(ChildSetup.ikev2(swanctlLeft(""), right).exchange.mode()).contains(IpsecMode.TUNNEL);
  }
}
