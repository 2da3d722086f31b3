// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.negotiation.check;

import static io.github.ipseclint.negotiation.check.ChildFragments.lines;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.ipseclint.model.ipsec.TrafficSelector;
import io.github.ipseclint.negotiation.Hosts;
import io.github.ipseclint.negotiation.Peer;
import io.github.ipseclint.negotiation.exchange.CheckStatus;
import io.github.ipseclint.negotiation.outcome.Disagreement;
import io.github.ipseclint.negotiation.outcome.FailureClass;
import io.github.ipseclint.negotiation.outcome.Notify;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** C12: the initiator's check of the returned CHILD SA (cases C10 and C11 reversed). */
class ChildResponseCheckTest {
  @TempDir
  Path dir;

  private Peer strongswanRight(String child) {
    return new Hosts(dir).swanctl("right", ChildFragments.SWANCTL_RIGHT.formatted(child), "strongswan-5.9.8");
  }

  private Peer libreswanLeft(String target, String... extra) {
    return new Hosts(dir).libreswan("left" + target + extra.length, ChildFragments.LIBRESWAN_LEFT.formatted(lines(extra)), target);
  }

  @Test
  void libreswanWithoutNarrowingDeletesTheChildStrongswanNarrowed() {
    Peer right = strongswanRight("local_ts = 10.2.0.0/24\n remote_ts = 10.1.0.0/24");
    ChildSetup setup = ChildSetup.ikev2(
        libreswanLeft("libreswan-4.10", "leftsubnet=10.1.0.0/24", "rightsubnet=10.2.0.0/16"), right);

    assertThat(setup.status).isEqualTo(CheckStatus.STOP_CHILD);
    assertThat(setup.exchange.failure().orElseThrow().notification()).contains(Notify.TS_UNACCEPTABLE);
    assertThat(setup.initiatorLog()).containsExactly(
        "CHILD SA failed: TS_UNACCEPTABLE",
        "IKE SA established but initiator rejected Child SA response",
        "deleting larval Child SA using IKE SA #1");
    assertThat(setup.responderLog()).contains(
        "CHILD_SA net{1} established with SPIs <spi>_i <spi>_o and TS 10.2.0.0/24 === 10.1.0.0/24",
        "received DELETE for ESP CHILD_SA with SPI <spi>");
    Disagreement cause = setup.exchange.disagreements().get(0);
    assertThat(cause.failureClass()).isEqualTo(FailureClass.TS);
    assertThat(cause.explanation()).contains("10.2.0.0/16", "10.2.0.0/24", "narrowing=no");
    assertThat(cause.initiatorSetting().orElseThrow().line()).isEqualTo(8);
  }

  @Test
  void libreswanWithNarrowingAcceptsTheNarrowedChild() {
    ChildSetup setup = ChildSetup.ikev2(libreswanLeft("libreswan-5.3", "leftsubnet=10.1.0.0/24", "rightsubnet=10.2.0.0/16",
        "narrowing=yes"), strongswanRight("local_ts = 10.2.0.0/24\n remote_ts = 10.1.0.0/24"));

    assertThat(setup.status).isEqualTo(CheckStatus.CONTINUE);
    assertThat(setup.exchange.responderTs()).extracting(TrafficSelector::toString).containsExactly("10.2.0.0/24");
    assertThat(setup.initiatorLog()).containsExactly("initiator established Child SA using #1; IPsec tunnel"
        + " [10.1.0.0/24===10.2.0.0/24] {ESP=>0x<spi> <0x<spi> xfrm=AES_GCM_16_256-NONE DPD=passive}");
  }

  @Test
  void protocolNarrowingByStrongswanIsRefusedByLibreswan() {
    ChildSetup setup = ChildSetup.ikev2(libreswanLeft("libreswan-5.3", "leftsubnet=10.1.0.0/24", "rightsubnet=10.2.0.0/24"),
        strongswanRight("local_ts = 10.2.0.0/24[tcp/443]\n remote_ts = 10.1.0.0/24[tcp]"));

    assertThat(setup.exchange.failure().orElseThrow().notification()).contains(Notify.TS_UNACCEPTABLE);
    assertThat(setup.responderLog()).contains(
        "CHILD_SA net{1} established with SPIs <spi>_i <spi>_o and TS 10.2.0.0/24[tcp/https] === 10.1.0.0/24[tcp]");
    assertThat(setup.initiatorLog()).containsExactly("CHILD SA failed: TS_UNACCEPTABLE",
        "IKE SA established but initiator rejected Child SA response");
  }

  @Test
  void strongswanAcceptsAnyNarrowing() {
    Peer left = new Hosts(dir).swanctl("left", ChildFragments.SWANCTL_LEFT.formatted(
        "local_ts = 10.1.0.0/16\n remote_ts = 10.2.0.0/16"), "strongswan-6.0.6");

    ChildSetup setup = ChildSetup.ikev2(left, strongswanRight("local_ts = 10.2.3.0/24\n remote_ts = 10.1.3.0/24"));

    assertThat(setup.status).isEqualTo(CheckStatus.CONTINUE);
    assertThat(setup.initiatorLog()).contains(
        "CHILD_SA net{1} established with SPIs <spi>_i <spi>_o and TS 10.1.3.0/24 === 10.2.3.0/24");
  }

  @Test
  void libreswanPrintsEspInUdpWhenTheOtherEndForcesEncapsulation() {
    Peer left = new Hosts(dir).swanctl("left", ChildFragments.SWANCTL_LEFT.formatted(
        "local_ts = 10.1.0.0/24\n remote_ts = 10.2.0.0/24").replace("remote_addrs = 192.0.2.2",
        "remote_addrs = 192.0.2.2\n encap = yes"), "strongswan-6.0.6");
    Peer right = new Hosts(dir).libreswan("right", ChildFragments.LIBRESWAN_RIGHT.formatted(
        lines("leftsubnet=10.2.0.0/24", "rightsubnet=10.1.0.0/24")), "libreswan-5.3");

    ChildSetup setup = ChildSetup.ikev2(left, right);

    assertThat(setup.responderLog()).contains("responder established Child SA using #1; IPsec tunnel"
        + " [10.2.0.0/24===10.1.0.0/24] {ESPinUDP=>0x<spi> <0x<spi> xfrm=AES_GCM_16_256-NONE NATD=192.0.2.1:4500"
        + " DPD=passive}");
  }
}
