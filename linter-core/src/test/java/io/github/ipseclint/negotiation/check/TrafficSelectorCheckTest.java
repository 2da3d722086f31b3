// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.negotiation.check;

import static io.github.ipseclint.negotiation.check.ChildFragments.lines;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.ipseclint.negotiation.Hosts;
import io.github.ipseclint.negotiation.Peer;
import io.github.ipseclint.negotiation.exchange.CheckStatus;
import io.github.ipseclint.negotiation.outcome.Disagreement;
import io.github.ipseclint.negotiation.outcome.FailureClass;
import io.github.ipseclint.negotiation.outcome.LogLine;
import io.github.ipseclint.negotiation.outcome.Notify;
import io.github.ipseclint.negotiation.selector.SelectorText;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** C9: the responder's choice by traffic selectors (cases C09, C11, C13, C34). */
class TrafficSelectorCheckTest {
  @TempDir
  Path dir;

  private Peer swanctlLeft(String child) {
    return new Hosts(dir).swanctl("left", ChildFragments.SWANCTL_LEFT.formatted(child), "strongswan-5.9.8");
  }

  private Peer libreswanRight(String target, String... extra) {
    return new Hosts(dir).libreswan("right", ChildFragments.LIBRESWAN_RIGHT.formatted(lines(extra)), target);
  }

  @Test
  void libreswanWithoutNarrowingRefusesANarrowerSubnet() {
    Peer left = swanctlLeft("local_ts = 10.1.0.0/24\n remote_ts = 10.2.0.0/24");
    for (String target : new String[] {"libreswan-4.10", "libreswan-5.3"}) {
      ChildSetup setup = ChildSetup.ikev2(left, libreswanRight(target, "leftsubnet=10.2.0.0/24", "rightsubnet=10.1.0.0/16"));

      assertThat(setup.status).isEqualTo(CheckStatus.STOP_CHILD);
      assertThat(setup.exchange.failure().orElseThrow().notification()).contains(Notify.TS_UNACCEPTABLE);
      assertThat(setup.responderLog()).containsExactly((target.endsWith("4.10") ? "No" : "no")
          + " IKEv2 connection found with compatible Traffic Selectors");
      assertThat(setup.initiatorLog()).containsExactly("received TS_UNACCEPTABLE notify, no CHILD_SA built",
          "failed to establish CHILD_SA, keeping IKE_SA");
      Disagreement cause = setup.exchange.disagreements().get(0);
      assertThat(cause.failureClass()).isEqualTo(FailureClass.TS);
      assertThat(cause.explanation()).contains("10.1.0.0/24", "10.1.0.0/16", "narrowing=no");
      assertThat(cause.responderSetting().orElseThrow().line()).isEqualTo(8);
    }
  }

  @Test
  void libreswanWithNarrowingTakesTheProposedSubnet() {
    ChildSetup setup = ChildSetup.ikev2(swanctlLeft("local_ts = 10.1.0.0/24\n remote_ts = 10.2.0.0/24"),
        libreswanRight("libreswan-4.10", "leftsubnet=10.2.0.0/24", "rightsubnet=10.1.0.0/16", "narrowing=yes"));

    assertThat(setup.status).isEqualTo(CheckStatus.CONTINUE);
    assertThat(SelectorText.strongswan(setup.exchange.returnedTs().orElseThrow().tsi())).isEqualTo("10.1.0.0/24");
    assertThat(setup.responderLog()).startsWith("switched to \"site\"[<n>] 192.0.2.1");
    assertThat(setup.responderLog()).anyMatch(line -> line.startsWith(
        "responder established Child SA using #1; IPsec tunnel [10.2.0.0-10.2.0.255:0-65535 0] -> [10.1.0.0-10.1.0.255:0-65535 0]"));
  }

  @Test
  void protocolRestrictedSelectorsNeedTheSameRestrictionOnLibreswan() {
    Peer left = swanctlLeft("local_ts = 10.1.0.0/24[tcp]\n remote_ts = 10.2.0.0/24[tcp/443]");
    ChildSetup all = ChildSetup.ikev2(left, libreswanRight("libreswan-5.3", "leftsubnet=10.2.0.0/24", "rightsubnet=10.1.0.0/24"));
    assertThat(all.exchange.failure().orElseThrow().notification()).contains(Notify.TS_UNACCEPTABLE);

    ChildSetup same = ChildSetup.ikev2(left, new Hosts(dir).libreswan("right5", ChildFragments.LIBRESWAN_RIGHT.formatted(
        lines("leftsubnet=10.2.0.0/24/tcp/443", "rightsubnet=10.1.0.0/24/tcp")), "libreswan-5.3"));
    assertThat(same.status).isEqualTo(CheckStatus.CONTINUE);
    assertThat(same.initiatorLog()).contains(
        "CHILD_SA net{1} established with SPIs <spi>_i <spi>_o and TS 10.1.0.0/24[tcp] === 10.2.0.0/24[tcp/https]");

    ChildSetup protoport = ChildSetup.ikev2(left, new Hosts(dir).libreswan("right4", ChildFragments.LIBRESWAN_RIGHT.formatted(
        lines("leftsubnet=10.2.0.0/24", "rightsubnet=10.1.0.0/24", "leftprotoport=tcp/443", "rightprotoport=tcp")),
        "libreswan-4.10"));
    assertThat(protoport.status).isEqualTo(CheckStatus.CONTINUE);
    assertThat(protoport.responderLog()).anyMatch(line -> line.contains(
        "IPsec tunnel [10.2.0.0-10.2.0.255:443-443 6] -> [10.1.0.0-10.1.0.255:0-65535 6]"));
  }

  @Test
  void aVirtualIpWildcardNeverEqualsLibreswansPeerAddress() {
    Peer client = new Hosts(dir).swanctl("client", """
        connections {
          site {
            local_addrs  = %any
            remote_addrs = 192.0.2.2
            vips = 0.0.0.0
            local {
              auth = psk
              id = @client
            }
            remote {
              auth = psk
              id = @right
            }
            children {
              net {
                remote_ts = 10.2.0.0/24
                start_action = start
              }
            }
          }
        }
        """, "strongswan-5.9.8");
    Peer server = new Hosts(dir).libreswan("server", """
        conn site
            left=192.0.2.2
            leftid=@right
            leftsubnet=10.2.0.0/24
            right=%any
            rightid=@client
            authby=secret
            auto=add
        """, "libreswan-5.3");

    ChildSetup setup = ChildSetup.ikev2(client, server);

    assertThat(setup.exchange.failure().orElseThrow().notification()).contains(Notify.TS_UNACCEPTABLE);
    assertThat(setup.exchange.disagreements().get(0).explanation()).contains("0.0.0.0/0", "<left-ip>/32");
  }

  @Test
  void strongswanResponderNarrowsToItsOwnSubnet() {
    Peer left = new Hosts(dir).libreswan("left", ChildFragments.LIBRESWAN_LEFT.formatted(
        lines("leftsubnet=10.1.0.0/24", "rightsubnet=10.2.0.0/16", "narrowing=yes")), "libreswan-4.10");
    Peer right = new Hosts(dir).swanctl("right", ChildFragments.SWANCTL_RIGHT.formatted(
        "local_ts = 10.2.0.0/24\n remote_ts = 10.1.0.0/24"), "strongswan-5.9.8");

    ChildSetup setup = ChildSetup.ikev2(left, right);

    assertThat(setup.status).isEqualTo(CheckStatus.CONTINUE);
    assertThat(SelectorText.strongswan(setup.exchange.returnedTs().orElseThrow().tsr())).isEqualTo("10.2.0.0/24");
    assertThat(setup.responderLog()).contains(
        "CHILD_SA net{1} established with SPIs <spi>_i <spi>_o and TS 10.2.0.0/24 === 10.1.0.0/24");
  }

  @Test
  void strongswanLooksOnlyAmongTheChildrenOfItsPeerConfigUnlessStrokeMergedTheConns() {
    Peer left = new Hosts(dir).swanctl("left", ChildFragments.SWANCTL_LEFT.formatted(
        "local_ts = 10.1.1.0/24\n remote_ts = 10.2.1.0/24"), "strongswan-5.9.8");
    String stroke = """
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
            ike=%s
            leftsubnet=10.2.1.0/24
            rightsubnet=10.1.1.0/24
            auto=add
        # ipsec.secrets
        @right @left : PSK "s3cret"
        """;

    ChildSetup separate = ChildSetup.ikev2(left,
        new Hosts(dir).strongswan("separate", stroke.formatted("aes128-sha256-ecp256!"), "strongswan-5.9.8"));
    assertThat(separate.exchange.failure().orElseThrow().notification()).contains(Notify.TS_UNACCEPTABLE);
    assertThat(separate.responderLog()).contains("traffic selectors 10.2.1.0/24 === 10.1.1.0/24 unacceptable");

    ChildSetup merged = ChildSetup.ikev2(left,
        new Hosts(dir).strongswan("merged", stroke.formatted("aes256-sha256-modp2048!"), "strongswan-5.9.8"));
    assertThat(merged.status).isEqualTo(CheckStatus.CONTINUE);
    assertThat(merged.exchange.responderChild().orElseThrow().name()).isEqualTo("net-b");
    assertThat(merged.exchange.responderLog())
        .contains(new LogLine(LogLine.Event.LOAD, "added child to existing configuration 'net-a'"));
  }
  @Test
  void aRoadWarriorWhoseAddressNoFileGivesMayLieInTheSubnetItsGatewayNamesForIt() {
    // A client behind a NAT (strongSwan's nat-rw scenarios): its own address is the selector, and
    // the gateway names the client's private network; only run time shows where the address lies.
    Peer client = new Hosts(dir).swanctl("client", """
        connections {
          nat-t {
            remote_addrs = 192.0.2.2
            local {
              auth = psk
              id = @client
            }
            remote {
              auth = psk
              id = @right
            }
            children {
              nat-t {
                remote_ts = 10.2.0.0/16
                start_action = start
              }
            }
          }
        }
        secrets {
          ike-1 {
            id-1 = @client
            secret = "s3cret"
          }
        }
        """, "strongswan-5.9.8");
    String gateway = """
        connections {
          nat-t {
            local_addrs = 192.0.2.2
            local {
              auth = psk
              id = @right
            }
            remote {
              auth = psk
              id = @client
            }
            children {
              nat-t {
                local_ts = 10.2.0.0/16
                remote_ts = %s
              }
            }
          }
        }
        secrets {
          ike-1 {
            id-1 = @client
            secret = "s3cret"
          }
        }
        """;

    ChildSetup behindNat = ChildSetup.ikev2(client, new Hosts(dir).swanctl("gateway", gateway.formatted("10.1.0.0/16"),
        "strongswan-5.9.8"));
    assertThat(behindNat.status).isEqualTo(CheckStatus.CONTINUE);
    assertThat(SelectorText.strongswan(behindNat.exchange.returnedTs().orElseThrow().tsi())).isEqualTo("<left-ip>/32");

    ChildSetup otherFamily = ChildSetup.ikev2(client, new Hosts(dir).swanctl("gateway6", gateway.formatted("fec1::/16"),
        "strongswan-5.9.8"));
    assertThat(otherFamily.exchange.failure().orElseThrow().notification()).contains(Notify.TS_UNACCEPTABLE);
  }
}
