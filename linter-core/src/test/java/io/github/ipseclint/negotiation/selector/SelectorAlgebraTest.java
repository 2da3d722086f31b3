// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.negotiation.selector;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ipseclint.negotiation.Peer;
import io.github.ipseclint.negotiation.Side;
import io.github.ipseclint.negotiation.TestHosts;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The traffic selector algebra on selectors written in swanctl.conf and read by the real parser. */
class SelectorAlgebraTest {
  @RegisterExtension
  final TestHosts hosts = new TestHosts();
  private int written;

  /** The {@code local_ts} of a swanctl child, {@code dynamic} standing for 192.0.2.1. */
  private List<Selector> ts(String localTs) {
    Peer peer = hosts.swanctl("host" + written++, "strongswan-5.9.8", """
        connections {
          algebra {
            local_addrs = 192.0.2.1
            remote_addrs = 192.0.2.2
            children {
              net {
                local_ts = %s
              }
            }
          }
        }
        """.formatted(localTs));
    return ConfiguredSelectors.resolve(peer.connection().children().get(0).localTs().value(),
        List.of(Endpoints.of(peer.connection(), peer.connection(), Side.LEFT).initiatorHost()));
  }

  private Selector one(String localTs) {
    return ts(localTs).get(0);
  }

  @Test
  void intersectsAddressesPortsAndProtocols() {
    assertThat(one("10.1.0.0/16").intersect(one("10.1.2.0/24[tcp/443]")))
        .map(SelectorText::strongswan).contains("10.1.2.0/24[tcp/https]");
    assertThat(one("10.1.0.0/24[tcp]").intersect(one("10.1.0.0/24[udp]"))).isEmpty();
    assertThat(one("10.1.0.0/24").intersect(one("10.2.0.0/24"))).isEmpty();
    assertThat(one("10.1.0.0/24[tcp/1000-2000]").intersect(one("10.1.0.0/16[tcp/1500-3000]")))
        .map(SelectorText::strongswan).contains("10.1.0.0/24[tcp/1500-2000]");
    assertThat(one("10.1.0.10-10.1.0.20").intersect(one("10.1.0.0/28")))
        .map(SelectorText::strongswan).contains("10.1.0.10..10.1.0.15");
  }

  @Test
  void comparesAddressesWhateverTheirSpelling() {
    assertThat(one("10.1.0.0-10.1.0.255").sameAs(one("10.1.0.0/24"))).isTrue();
    assertThat(one("10.1.0.0/24").within(one("10.1.0.0/16"))).isTrue();
    assertThat(one("10.1.0.0/16").within(one("10.1.0.0/24"))).isFalse();
    assertThat(one("10.1.0.0/24[tcp/443]").within(one("10.1.0.0/24[tcp]"))).isTrue();
    assertThat(one("10.1.0.0/24").within(one("10.1.0.0/24[tcp]"))).isFalse();
    assertThat(one("dynamic").sameAs(one("192.0.2.1/32"))).isTrue();
  }

  @Test
  void strongswanNarrowingKeepsEveryIntersectionButNoneContainedInAnother() {
    assertThat(StrongswanNarrowing.narrow(ts("10.2.0.0/24"), ts("10.2.0.0/16")))
        .extracting(SelectorText::strongswan).containsExactly("10.2.0.0/24");
    assertThat(StrongswanNarrowing.narrow(ts("10.0.0.0/8, 10.1.0.0/16"), ts("10.1.0.0/24, 10.1.0.0/20")))
        .extracting(SelectorText::strongswan).containsExactly("10.1.0.0/20");
    assertThat(StrongswanNarrowing.narrow(ts("10.1.0.0/24"), ts("10.9.0.0/24"))).isEmpty();
  }

  @Test
  void libreswanEqualsDemandsIdenticalSelectors() {
    assertThat(LibreswanFit.EQUALS.fit(one("10.1.0.0/16"), one("10.1.0.0/24"))).isEmpty();
    assertThat(LibreswanFit.EQUALS.fit(one("10.1.0.0/24"), one("10.1.0.0/24[tcp]"))).isEmpty();
    assertThat(LibreswanFit.EQUALS.fit(one("10.1.0.0/24"), one("10.1.0.0-10.1.0.255"))).isPresent();
  }

  @Test
  void libreswanWiderEndTakesTheNarrowerSelector() {
    assertThat(LibreswanFit.END_WIDER.fit(one("10.1.0.0/16"), one("10.1.0.0/24")))
        .map(SelectorText::strongswan).contains("10.1.0.0/24");
    assertThat(LibreswanFit.END_WIDER.fit(one("10.1.0.0/24"), one("10.1.0.0/16"))).isEmpty();
    assertThat(LibreswanFit.END_WIDER.fit(one("10.1.0.0/24"), one("10.1.0.0/24[tcp/443]"))).isPresent();
    // Libreswan writes one port or all of them; a range never fits.
    assertThat(LibreswanFit.END_WIDER.fit(one("10.1.0.0/24"), one("10.1.0.0/24[tcp/80-90]"))).isEmpty();
    assertThat(LibreswanFit.END_NARROWER.fit(one("10.1.0.0/24"), one("10.1.0.0/16")))
        .map(SelectorText::strongswan).contains("10.1.0.0/24");
  }

  @Test
  void libreswanSideFitsWhenAnyPairFits() {
    assertThat(LibreswanFit.EQUALS.fitAll(ts("10.1.0.0/24, 10.3.0.0/24"), ts("10.3.0.0/24")))
        .extracting(SelectorText::strongswan).containsExactly("10.3.0.0/24");
    assertThat(LibreswanFit.EQUALS.fitAll(ts("10.1.0.0/24"), ts("10.3.0.0/24"))).isEmpty();
  }

  @Test
  void anUnknownHostMayLieInAnyBlockOfItsFamily() {
    SelectorAddresses client = new SelectorAddresses.UnknownHost("<left-ip>", false);
    Selector host = Selector.of(client);
    assertThat(host.within(one("0.0.0.0/0"))).isTrue();
    assertThat(host.within(one("10.0.0.0/8"))).isTrue();
    assertThat(host.within(one("fec1::/16"))).isFalse();
    assertThat(one("10.0.0.0/8").within(host)).isFalse();
    assertThat(host.intersect(one("0.0.0.0/0"))).contains(host);
    assertThat(one("10.1.0.0/16").intersect(host)).map(SelectorText::strongswan).contains("<left-ip>/32");
    assertThat(one("fec1::/16").intersect(host)).isEmpty();
    assertThat(host.sameAs(Selector.of(new SelectorAddresses.UnknownHost("<right-ip>", false)))).isFalse();
    assertThat(host.intersect(Selector.of(new SelectorAddresses.UnknownHost("<right-ip>", false)))).isEmpty();
    assertThat(LibreswanFit.EQUALS.fit(one("0.0.0.0/0"), host)).isEmpty();
  }

  @Test
  void printsSelectorsAsEachDaemonDoes() {
    Selector https = one("10.2.0.0/24[tcp/443]");
    assertThat(SelectorText.strongswan(https)).isEqualTo("10.2.0.0/24[tcp/https]");
    assertThat(SelectorText.libreswan4(https)).isEqualTo("[10.2.0.0-10.2.0.255:443-443 6]");
    assertThat(SelectorText.libreswan5(https)).isEqualTo("10.2.0.0/24/TCP/443");
    assertThat(SelectorText.libreswan4(one("10.2.0.0/24"))).isEqualTo("[10.2.0.0-10.2.0.255:0-65535 0]");
    assertThat(SelectorText.strongswan(ts("10.1.0.0/24, 10.3.0.0/24[udp]"))).isEqualTo("10.1.0.0/24 10.3.0.0/24[udp]");
    assertThat(Optional.of(one("dynamic")).map(SelectorText::strongswan)).contains("192.0.2.1/32");
  }
}
