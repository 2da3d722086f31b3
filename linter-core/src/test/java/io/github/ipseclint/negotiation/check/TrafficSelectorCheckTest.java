// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.negotiation.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ipseclint.negotiation.Peer;
import io.github.ipseclint.negotiation.SiteFragment;
import io.github.ipseclint.negotiation.TestHosts;
import io.github.ipseclint.negotiation.exchange.CheckStatus;
import io.github.ipseclint.negotiation.outcome.Disagreement;
import io.github.ipseclint.negotiation.outcome.FailureClass;
import io.github.ipseclint.negotiation.outcome.LogLine;
import io.github.ipseclint.negotiation.outcome.Notify;
import io.github.ipseclint.negotiation.selector.SelectorText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** C9: the responder's choice by traffic selectors (cases C09, C11, C13, C34). */
class TrafficSelectorCheckTest {
  @RegisterExtension
  final TestHosts hosts = new TestHosts();

  private Peer swanctlLeft(String localTs, String remoteTs) {
    return hosts.swanctl("left", "strongswan-5.9.8",
        SiteFragment.left().subnets(localTs, remoteTs).child("start_action = start").swanctl());
  }

  /**
   * Two stroke conns on the right for 10.2.0.0/24 (net-a) and 10.2.1.0/24 (net-b); charon merges
   * them into one peer config when their IKE proposals are the same.
   */
  private static String twoConns(String netBIke) {
    SiteFragment stroke = SiteFragment.right().conn("keyexchange=ikev2", "auto=add");
    return stroke.named("net-a").conn("ike=aes256-sha256-modp2048!").withoutSecrets().ipsecConf()
        + stroke.named("net-b").subnets("10.2.1.0/24", "10.1.1.0/24").conn("ike=" + netBIke).ipsecConf();
  }

  private Peer libreswanRight(String target, String leftsubnet, String rightsubnet, String... settings) {
    return hosts.ipsecConf("right-" + target, target,
        SiteFragment.right().subnets(leftsubnet, rightsubnet).conn(settings).conn("auto=add").ipsecConf());
  }

  @Test
  void libreswanWithoutNarrowingRefusesANarrowerSubnet() {
    Peer left = swanctlLeft("10.1.0.0/24", "10.2.0.0/24");
    for (String target : new String[] {"libreswan-4.10", "libreswan-5.3"}) {
      CheckRun setup = CheckRun.childSa(left, libreswanRight(target, "10.2.0.0/24", "10.1.0.0/16"));

      assertThat(setup.status()).isEqualTo(CheckStatus.STOP_CHILD);
      assertThat(setup.exchange().failure().orElseThrow().notification()).contains(Notify.TS_UNACCEPTABLE);
      assertThat(setup.responderLog()).containsExactly((target.endsWith("4.10") ? "No" : "no")
          + " IKEv2 connection found with compatible Traffic Selectors");
      assertThat(setup.initiatorLog()).containsExactly("received TS_UNACCEPTABLE notify, no CHILD_SA built",
          "failed to establish CHILD_SA, keeping IKE_SA");
      Disagreement cause = setup.exchange().disagreements().get(0);
      assertThat(cause.failureClass()).isEqualTo(FailureClass.TS);
      assertThat(cause.explanation()).contains("10.1.0.0/24", "10.1.0.0/16", "narrowing=no");
      assertThat(cause.responderSetting().orElseThrow().line()).isEqualTo(7); // rightsubnet
    }
  }

  @Test
  void libreswanWithNarrowingTakesTheProposedSubnet() {
    CheckRun setup = CheckRun.childSa(swanctlLeft("10.1.0.0/24", "10.2.0.0/24"),
        libreswanRight("libreswan-4.10", "10.2.0.0/24", "10.1.0.0/16", "narrowing=yes"));

    assertThat(setup.status()).isEqualTo(CheckStatus.CONTINUE);
    assertThat(SelectorText.strongswan(setup.exchange().returnedTs().orElseThrow().tsi())).isEqualTo("10.1.0.0/24");
    assertThat(setup.responderLog()).startsWith("switched to \"site\"[<n>] 192.0.2.1");
    assertThat(setup.responderLog()).anyMatch(line -> line.startsWith(
        "responder established Child SA using #1; IPsec tunnel [10.2.0.0-10.2.0.255:0-65535 0] -> [10.1.0.0-10.1.0.255:0-65535 0]"));
  }

  @Test
  void protocolRestrictedSelectorsNeedTheSameRestrictionOnLibreswan() {
    Peer left = swanctlLeft("10.1.0.0/24[tcp]", "10.2.0.0/24[tcp/443]");
    CheckRun all = CheckRun.childSa(left, libreswanRight("libreswan-5.3", "10.2.0.0/24", "10.1.0.0/24"));
    assertThat(all.exchange().failure().orElseThrow().notification()).contains(Notify.TS_UNACCEPTABLE);

    CheckRun same = CheckRun.childSa(left, hosts.ipsecConf("same", "libreswan-5.3",
        SiteFragment.right().subnets("10.2.0.0/24/tcp/443", "10.1.0.0/24/tcp").conn("auto=add").ipsecConf()));
    assertThat(same.status()).isEqualTo(CheckStatus.CONTINUE);
    assertThat(same.initiatorLog()).contains(
        "CHILD_SA net{1} established with SPIs <spi>_i <spi>_o and TS 10.1.0.0/24[tcp] === 10.2.0.0/24[tcp/https]");

    CheckRun protoport = CheckRun.childSa(left,
        libreswanRight("libreswan-4.10", "10.2.0.0/24", "10.1.0.0/24", "leftprotoport=tcp/443", "rightprotoport=tcp"));
    assertThat(protoport.status()).isEqualTo(CheckStatus.CONTINUE);
    assertThat(protoport.responderLog()).anyMatch(line -> line.contains(
        "IPsec tunnel [10.2.0.0-10.2.0.255:443-443 6] -> [10.1.0.0-10.1.0.255:0-65535 6]"));
  }

  @Test
  void aVirtualIpWildcardNeverEqualsLibreswansPeerAddress() {
    Peer client = hosts.swanctl("client", "strongswan-5.9.8", SiteFragment.left().addresses("%any", "192.0.2.2")
        .ids("@client", "@right").subnets("", "10.2.0.0/24").conn("vips = 0.0.0.0").child("start_action = start")
        .withoutSecrets().swanctl());
    Peer server = hosts.ipsecConf("server", "libreswan-5.3", SiteFragment.right().addresses("192.0.2.2", "%any")
        .ids("@right", "@client").subnets("10.2.0.0/24", "").conn("auto=add").withoutSecrets().ipsecConf());

    CheckRun setup = CheckRun.childSa(client, server);

    assertThat(setup.exchange().failure().orElseThrow().notification()).contains(Notify.TS_UNACCEPTABLE);
    assertThat(setup.exchange().disagreements().get(0).explanation()).contains("0.0.0.0/0", "<left-ip>/32");
  }

  @Test
  void strongswanResponderNarrowsToItsOwnSubnet() {
    Peer left = hosts.ipsecConf("left", "libreswan-4.10", SiteFragment.left().subnets("10.1.0.0/24", "10.2.0.0/16")
        .conn("narrowing=yes", "auto=start").ipsecConf());
    Peer right = hosts.swanctl("right", "strongswan-5.9.8", SiteFragment.right().swanctl());

    CheckRun setup = CheckRun.childSa(left, right);

    assertThat(setup.status()).isEqualTo(CheckStatus.CONTINUE);
    assertThat(SelectorText.strongswan(setup.exchange().returnedTs().orElseThrow().tsr())).isEqualTo("10.2.0.0/24");
    assertThat(setup.responderLog()).contains(
        "CHILD_SA net{1} established with SPIs <spi>_i <spi>_o and TS 10.2.0.0/24 === 10.1.0.0/24");
  }

  @Test
  void strongswanLooksOnlyAmongTheChildrenOfItsPeerConfigUnlessStrokeMergedTheConns() {
    Peer left = swanctlLeft("10.1.1.0/24", "10.2.1.0/24");

    CheckRun separate = CheckRun.childSa(left,
        hosts.ipsecConf("separate", "strongswan-5.9.8", twoConns("aes128-sha256-ecp256!")));
    assertThat(separate.exchange().failure().orElseThrow().notification()).contains(Notify.TS_UNACCEPTABLE);
    assertThat(separate.responderLog()).contains("traffic selectors 10.2.1.0/24 === 10.1.1.0/24 unacceptable");

    CheckRun merged = CheckRun.childSa(left,
        hosts.ipsecConf("merged", "strongswan-5.9.8", twoConns("aes256-sha256-modp2048!")));
    assertThat(merged.status()).isEqualTo(CheckStatus.CONTINUE);
    assertThat(merged.exchange().responderChild().orElseThrow().name()).isEqualTo("net-b");
    assertThat(merged.exchange().responderLog())
        .contains(new LogLine(LogLine.Event.LOAD, "added child to existing configuration 'net-a'"));
  }

  @Test
  void aRoadWarriorWhoseAddressNoFileGivesMayLieInTheSubnetItsGatewayNamesForIt() {
    // A client behind a NAT (strongSwan's nat-rw scenarios): its own address is the selector, and
    // the gateway names the client's private network; only run time shows where the address lies.
    Peer client = hosts.swanctl("client", "strongswan-5.9.8", """
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
        """);
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

    CheckRun behindNat = CheckRun.childSa(client,
        hosts.swanctl("gateway", "strongswan-5.9.8", gateway.formatted("10.1.0.0/16")));
    assertThat(behindNat.status()).isEqualTo(CheckStatus.CONTINUE);
    assertThat(SelectorText.strongswan(behindNat.exchange().returnedTs().orElseThrow().tsi())).isEqualTo("<left-ip>/32");

    CheckRun otherFamily = CheckRun.childSa(client,
        hosts.swanctl("gateway6", "strongswan-5.9.8", gateway.formatted("fec1::/16")));
    assertThat(otherFamily.exchange().failure().orElseThrow().notification()).contains(Notify.TS_UNACCEPTABLE);
  }
}
