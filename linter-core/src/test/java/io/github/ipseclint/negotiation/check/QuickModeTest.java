// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.negotiation.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ipseclint.negotiation.Peer;
import io.github.ipseclint.negotiation.SiteFragment;
import io.github.ipseclint.negotiation.TestHosts;
import io.github.ipseclint.negotiation.exchange.CheckStatus;
import io.github.ipseclint.negotiation.exchange.Failure;
import io.github.ipseclint.negotiation.outcome.FailureClass;
import io.github.ipseclint.negotiation.outcome.Notify;
import io.github.ipseclint.negotiation.outcome.Phase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** IKEv1 Quick Mode on the fragments of cases C12 (IDs) and C22 (PFS), and after Mode Config. */
class QuickModeTest {
  @RegisterExtension
  final TestHosts hosts = new TestHosts();

  /** strongSwan 5.9.8 on the left, IKEv1, with the peer's subnet and the ESP proposal given. */
  private Peer strongswan(String host, String rightsubnet, String esp) {
    return hosts.ipsecConf(host, "strongswan-5.9.8", SiteFragment.left().subnets("10.1.0.0/24", rightsubnet)
        .conn("keyexchange=ikev1", "ike=aes256-sha256-modp2048!", "esp=" + esp, "auto=start").ipsecConf());
  }

  /** Libreswan 4.10 on the right accepting IKEv1, with its PFS setting and auto= given. */
  private Peer libreswan(String host, String pfs, String auto) {
    return hosts.ipsecConf(host, "libreswan-4.10", "config setup\n    ikev1-policy=accept\n\n" + SiteFragment.right()
        .conn("ike=aes256-sha2_256-modp2048", "esp=aes256-sha2_256", "ikev2=no", pfs, auto).ipsecConf());
  }

  @Test
  void libreswanNeedsTheExactSubnetsAsIds() {
    CheckRun setup = CheckRun.quickMode(strongswan("sw", "10.2.0.0/16", "aes256-sha256!"),
        libreswan("ls", "pfs=no", "auto=add"));

    assertThat(setup.status()).isEqualTo(CheckStatus.STOP_CHILD);
    Failure failure = setup.exchange().failure().orElseThrow();
    assertThat(failure.notification()).contains(Notify.INVALID_ID_INFORMATION);
    assertThat(failure.phase()).isEqualTo(Phase.IKE_AUTH);
    assertThat(failure.exchange()).isEqualTo("Quick Mode");
    assertThat(setup.responderLog()).containsExactly(
        "the peer proposed: 10.2.0.0/16 -<all>-> 10.1.0.0/24",
        "cannot respond to IPsec SA request because no connection is known for"
            + " 10.2.0.0/16===192.0.2.2[@right]...192.0.2.1[@left]===10.1.0.0/24",
        "sending encrypted notification INVALID_ID_INFORMATION to 192.0.2.1:500");
    assertThat(setup.initiatorLog()).containsExactly("received INVALID_ID_INFORMATION error notify");
    assertThat(setup.exchange().disagreements().get(0).failureClass()).isEqualTo(FailureClass.TS);
  }

  @Test
  void strongswanNarrowsTheIdsOfALibreswanInitiator() {
    CheckRun setup = CheckRun.quickMode(libreswan("ls", "pfs=no", "auto=start"),
        strongswan("sw", "10.2.0.0/16", "aes256-sha256!"));

    assertThat(setup.status()).isEqualTo(CheckStatus.CONTINUE);
    assertThat(setup.responderLog()).containsExactly(
        "received 28800s lifetime, configured 3600s",
        "selected proposal: ESP:AES_CBC_256/HMAC_SHA2_256_128/NO_EXT_SEQ",
        "CHILD_SA site{1} established with SPIs <spi>_i <spi>_o and TS 10.1.0.0/24 === 10.2.0.0/24");
    assertThat(setup.initiatorLog()).containsExactly(
        "initiating Quick Mode IKEv1+PSK+ENCRYPT+TUNNEL+UP+IKE_FRAG_ALLOW+ESN_NO+ESN_YES {using isakmp#1 msgid:<mid>"
            + " proposal=AES_CBC_256-HMAC_SHA2_256_128 pfsgroup=no-pfs}",
        "IPsec SA established tunnel mode {ESP=>0x<spi> <0x<spi> xfrm=AES_CBC_256-HMAC_SHA2_256_128 DPD=passive}");
  }

  @Test
  void aPfsMismatchFailsAtOnceInIkev1() {
    CheckRun noGroup = CheckRun.quickMode(strongswan("sw", "10.2.0.0/24", "aes256-sha256!"),
        libreswan("ls", "", "auto=add"));
    assertThat(noGroup.exchange().failure().orElseThrow().notification()).contains(Notify.NO_PROPOSAL_CHOSEN);
    assertThat(noGroup.responderLog()).contains("we require PFS but Quick I1 SA specifies no GROUP_DESCRIPTION");
    assertThat(noGroup.initiatorLog()).containsExactly("received NO_PROPOSAL_CHOSEN error notify");
    assertThat(noGroup.exchange().disagreements().get(0).explanation()).contains("pfs=yes");

    CheckRun group = CheckRun.quickMode(libreswan("lsi", "", "auto=start"),
        strongswan("swr", "10.2.0.0/24", "aes256-sha256!"));
    assertThat(group.exchange().failure().orElseThrow().notification()).contains(Notify.NO_PROPOSAL_CHOSEN);
    assertThat(group.responderLog()).containsExactly("no matching proposal found, sending NO_PROPOSAL_CHOSEN");
    assertThat(group.initiatorLog()).containsExactly(
        "initiating Quick Mode IKEv1+PSK+ENCRYPT+TUNNEL+PFS+UP+IKE_FRAG_ALLOW+ESN_NO+ESN_YES {using isakmp#1 msgid:<mid>"
            + " proposal=AES_CBC_256-HMAC_SHA2_256_128 pfsgroup=MODP2048}",
        "ignoring informational payload NO_PROPOSAL_CHOSEN, msgid=00000000, length=16",
        "received and ignored notification payload: NO_PROPOSAL_CHOSEN",
        "STATE_QUICK_I1: <t> second timeout exceeded after <n> retransmits.  No acceptable response to our first"
            + " Quick Mode message: perhaps peer likes no proposal");
  }

  @Test
  void matchingPfsGroupsSucceed() {
    CheckRun setup = CheckRun.quickMode(strongswan("sw", "10.2.0.0/24", "aes256-sha256-modp2048!"),
        libreswan("ls", "", "auto=add"));

    assertThat(setup.status()).isEqualTo(CheckStatus.CONTINUE);
    assertThat(setup.initiatorLog()).containsExactly(
        "selected proposal: ESP:AES_CBC_256/HMAC_SHA2_256_128/MODP_2048/NO_EXT_SEQ",
        "CHILD_SA site{1} established with SPIs <spi>_i <spi>_o and TS 10.1.0.0/24 === 10.2.0.0/24");
    assertThat(setup.responderLog()).contains(
        "IPsec SA established tunnel mode {ESP=>0x<spi> <0x<spi> xfrm=AES_CBC_256-HMAC_SHA2_256_128 DPD=passive}");
  }
  /** A road warrior asking for a virtual IP, in the shape of strongSwan's ikev1/ip-pool scenario. */
  private static final String CLIENT = """
      connections {
        home {
          remote_addrs = 192.0.2.2
          vips = 0.0.0.0
          version = 1
          local {
            auth = psk
            id = @client
          }
          remote {
            auth = psk
            id = @gateway
          }
          children {
            home {
              remote_ts = 10.1.0.0/16
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
      """;

  private static final String GATEWAY = """
      connections {
        rw {
          local_addrs = 192.0.2.2
          %s
          version = 1
          local {
            auth = psk
            id = @gateway
          }
          remote {
            auth = psk
          }
          children {
            net {
              local_ts = 10.1.0.0/16
            }
          }
        }
      }
      pools {
        rw_pool {
          addrs = 10.3.0.0/28
        }
      }
      secrets {
        ike-1 {
          id-1 = @client
          secret = "s3cret"
        }
      }
      """;

  @Test
  void modeConfigLeasesTheAddressThatBecomesTheClientsQuickModeId() {
    Peer client = hosts.swanctl("client", "strongswan-5.9.8", CLIENT);
    CheckRun setup = CheckRun.quickMode(client,
        hosts.swanctl("gateway", "strongswan-5.9.8", GATEWAY.formatted("pools = rw_pool")));

    assertThat(setup.status()).isEqualTo(CheckStatus.CONTINUE);
    assertThat(setup.responderLog()).startsWith("peer requested virtual IP %any",
        "assigning virtual IP 10.3.0.1 to peer 'client'");
    assertThat(setup.initiatorLog()).startsWith("installing new virtual IP 10.3.0.1");
    assertThat(setup.initiatorLog()).contains(
        "CHILD_SA home{1} established with SPIs <spi>_i <spi>_o and TS 10.3.0.1/32 === 10.1.0.0/16");

    // Without a pool the client keeps its own address, which the gateway's remote dynamic takes.
    CheckRun noPool = CheckRun.quickMode(client, hosts.swanctl("nopool", "strongswan-5.9.8", GATEWAY.formatted("")));
    assertThat(noPool.status()).isEqualTo(CheckStatus.CONTINUE);
    assertThat(noPool.responderLog()).contains("no virtual IP found for %any requested by 'client'");
    assertThat(noPool.initiatorLog()).noneMatch(line -> line.startsWith("installing new virtual IP"));
    assertThat(noPool.initiatorLog()).contains(
        "CHILD_SA home{1} established with SPIs <spi>_i <spi>_o and TS <left-ip>/32 === 10.1.0.0/16");
  }
}
