// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.negotiation.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ipseclint.negotiation.Hosts;
import io.github.ipseclint.negotiation.Peer;
import io.github.ipseclint.negotiation.exchange.CheckStatus;
import io.github.ipseclint.negotiation.exchange.Failure;
import io.github.ipseclint.negotiation.outcome.FailureClass;
import io.github.ipseclint.negotiation.outcome.Notify;
import io.github.ipseclint.negotiation.outcome.Phase;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** IKEv1 Quick Mode on the fragments of cases C12 (IDs) and C22 (PFS), and after Mode Config. */
class QuickModeTest {
  @TempDir
  Path dir;

  private static final String STRONGSWAN = """
      conn site
          left=%s
          leftid=@left
          leftsubnet=10.1.0.0/24
          right=%s
          rightid=@right
          rightsubnet=%s
          authby=secret
          keyexchange=ikev1
          ike=aes256-sha256-modp2048!
          esp=%s
          auto=start
      # ipsec.secrets
      @left @right : PSK "s3cret"
      """;

  private static final String LIBRESWAN = """
      config setup
          ikev1-policy=accept

      conn site
          left=%s
          leftid=@right
          leftsubnet=10.2.0.0/24
          right=%s
          rightid=@left
          rightsubnet=10.1.0.0/24
          authby=secret
          ike=aes256-sha2_256-modp2048
          esp=aes256-sha2_256
          ikev2=no
          %s
          auto=add
      # ipsec.secrets
      @right @left : PSK "s3cret"
      """;

  private Peer strongswan(String rightsubnet, String esp) {
    return new Hosts(dir).strongswan("sw" + rightsubnet.length() + esp.length(),
        STRONGSWAN.formatted("192.0.2.1", "192.0.2.2", rightsubnet, esp), "strongswan-5.9.8");
  }

  private Peer libreswanResponder(String pfs) {
    return new Hosts(dir).libreswan("ls" + pfs.length(), LIBRESWAN.formatted("192.0.2.2", "192.0.2.1", pfs), "libreswan-4.10");
  }

  @Test
  void libreswanNeedsTheExactSubnetsAsIds() {
    ChildSetup setup = ChildSetup.ikev1(strongswan("10.2.0.0/16", "aes256-sha256!"), libreswanResponder("pfs=no"));

    assertThat(setup.status).isEqualTo(CheckStatus.STOP_CHILD);
    Failure failure = setup.exchange.failure().orElseThrow();
    assertThat(failure.notification()).contains(Notify.INVALID_ID_INFORMATION);
    assertThat(failure.phase()).isEqualTo(Phase.IKE_AUTH);
    assertThat(failure.exchange()).isEqualTo("Quick Mode");
    assertThat(setup.responderLog()).containsExactly(
        "the peer proposed: 10.2.0.0/16 -<all>-> 10.1.0.0/24",
        "cannot respond to IPsec SA request because no connection is known for"
            + " 10.2.0.0/16===192.0.2.2[@right]...192.0.2.1[@left]===10.1.0.0/24",
        "sending encrypted notification INVALID_ID_INFORMATION to 192.0.2.1:500");
    assertThat(setup.initiatorLog()).containsExactly("received INVALID_ID_INFORMATION error notify");
    assertThat(setup.exchange.disagreements().get(0).failureClass()).isEqualTo(FailureClass.TS);
  }

  @Test
  void strongswanNarrowsTheIdsOfALibreswanInitiator() {
    Peer libreswan = new Hosts(dir).libreswan("lsi",
        LIBRESWAN.formatted("192.0.2.2", "192.0.2.1", "pfs=no").replace("auto=add", "auto=start"), "libreswan-4.10");
    Peer strongswan = new Hosts(dir).strongswan("swr",
        STRONGSWAN.formatted("192.0.2.1", "192.0.2.2", "10.2.0.0/16", "aes256-sha256!"), "strongswan-5.9.8");

    ChildSetup setup = ChildSetup.ikev1(libreswan, strongswan);

    assertThat(setup.status).isEqualTo(CheckStatus.CONTINUE);
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
    ChildSetup noGroup = ChildSetup.ikev1(strongswan("10.2.0.0/24", "aes256-sha256!"), libreswanResponder(""));
    assertThat(noGroup.exchange.failure().orElseThrow().notification()).contains(Notify.NO_PROPOSAL_CHOSEN);
    assertThat(noGroup.responderLog()).contains("we require PFS but Quick I1 SA specifies no GROUP_DESCRIPTION");
    assertThat(noGroup.initiatorLog()).containsExactly("received NO_PROPOSAL_CHOSEN error notify");
    assertThat(noGroup.exchange.disagreements().get(0).explanation()).contains("pfs=yes");

    Peer libreswan = new Hosts(dir).libreswan("lsi",
        LIBRESWAN.formatted("192.0.2.2", "192.0.2.1", "").replace("auto=add", "auto=start"), "libreswan-4.10");
    ChildSetup group = ChildSetup.ikev1(libreswan, new Hosts(dir).strongswan("swr",
        STRONGSWAN.formatted("192.0.2.1", "192.0.2.2", "10.2.0.0/24", "aes256-sha256!"), "strongswan-5.9.8"));
    assertThat(group.exchange.failure().orElseThrow().notification()).contains(Notify.NO_PROPOSAL_CHOSEN);
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
    ChildSetup setup = ChildSetup.ikev1(strongswan("10.2.0.0/24", "aes256-sha256-modp2048!"), libreswanResponder(""));

    assertThat(setup.status).isEqualTo(CheckStatus.CONTINUE);
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
    Peer client = new Hosts(dir).swanctl("client", CLIENT, "strongswan-5.9.8");
    ChildSetup setup = ChildSetup.ikev1(client,
        new Hosts(dir).swanctl("gateway", GATEWAY.formatted("pools = rw_pool"), "strongswan-5.9.8"));

    assertThat(setup.status).isEqualTo(CheckStatus.CONTINUE);
    assertThat(setup.responderLog()).startsWith("peer requested virtual IP %any",
        "assigning virtual IP 10.3.0.1 to peer 'client'");
    assertThat(setup.initiatorLog()).startsWith("installing new virtual IP 10.3.0.1");
    assertThat(setup.initiatorLog()).contains(
        "CHILD_SA home{1} established with SPIs <spi>_i <spi>_o and TS 10.3.0.1/32 === 10.1.0.0/16");

    // Without a pool the client keeps its own address, which the gateway's remote dynamic takes.
    ChildSetup noPool = ChildSetup.ikev1(client, new Hosts(dir).swanctl("nopool", GATEWAY.formatted(""), "strongswan-5.9.8"));
    assertThat(noPool.status).isEqualTo(CheckStatus.CONTINUE);
    assertThat(noPool.responderLog()).contains("no virtual IP found for %any requested by 'client'");
    assertThat(noPool.initiatorLog()).noneMatch(line -> line.startsWith("installing new virtual IP"));
    assertThat(noPool.initiatorLog()).contains(
        "CHILD_SA home{1} established with SPIs <spi>_i <spi>_o and TS <left-ip>/32 === 10.1.0.0/16");
  }
}
