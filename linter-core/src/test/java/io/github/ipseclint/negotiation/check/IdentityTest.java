// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.negotiation.check;

import static io.github.ipseclint.negotiation.check.AuthFragments.ikeSecret;
import static io.github.ipseclint.negotiation.check.AuthFragments.libreswan;
import static io.github.ipseclint.negotiation.check.AuthFragments.stroke;
import static io.github.ipseclint.negotiation.check.AuthFragments.swanctlResponder;
import static io.github.ipseclint.negotiation.check.AuthFragments.swanctlSite;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.ipseclint.model.ipsec.IpAddress;
import io.github.ipseclint.negotiation.Peer;
import io.github.ipseclint.negotiation.Side;
import io.github.ipseclint.negotiation.exchange.CheckStatus;
import io.github.ipseclint.negotiation.exchange.Exchange;
import io.github.ipseclint.negotiation.outcome.Disagreement;
import io.github.ipseclint.negotiation.outcome.FailureClass;
import io.github.ipseclint.negotiation.outcome.Notify;
import io.github.ipseclint.model.source.ByteText;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** IDs sent, the responder's configuration by ID, and the initiator's check of IDr (C18, C19, C25, C37). */
class IdentityTest {
  private static final String PSK = "    authby=secret\n";

  @TempDir
  Path root;

  private TestHosts hosts() {
    return new TestHosts(root);
  }

  @Test
  void strongswanResponderWithAnotherLocalIdHasNoPeerConfig() {
    Peer initiator = hosts().swanctl("left", "strongswan-5.9.8", swanctlSite("@left", "@right", ikeSecret("@left @right", "s3cret")));
    Peer responder = hosts().swanctl("right", "strongswan-5.9.8",
        swanctlResponder("@gw", "@left", "psk", "psk", ikeSecret("@gw @left", "s3cret")));

    AuthRun run = AuthRun.of(initiator, responder);

    assertThat(run.status).isEqualTo(CheckStatus.STOP_IKE);
    assertThat(run.exchange.failure().orElseThrow().notification()).contains(Notify.AUTHENTICATION_FAILED);
    assertThat(run.responderLog()).containsExactly(
        "looking for peer configs matching 192.0.2.2[right]...192.0.2.1[left]", "no matching peer config found");
    assertThat(run.initiatorLog()).endsWith("received AUTHENTICATION_FAILED notify error");
    Disagreement cause = run.exchange.disagreements().get(0);
    assertThat(cause.failureClass()).isEqualTo(FailureClass.ID);
    assertThat(cause.explanation()).isEqualTo("left#site asks for the responder ID '@right', but right#site is '@gw'");
    assertThat(cause.initiatorSetting().orElseThrow().line()).isEqualTo(11);
    assertThat(cause.responderSetting().orElseThrow().line()).isEqualTo(7);
  }

  @Test
  void strongswanResponderWithoutLocalIdAdoptsTheRequestedIdr() {
    Peer initiator = hosts().swanctl("left", "strongswan-6.0.6", swanctlSite("@left", "@right", ikeSecret("@left @right", "s3cret")));
    Peer responder = hosts().swanctl("right", "strongswan-6.0.6",
        swanctlResponder("", "@left", "psk", "psk", ikeSecret("@right @left", "s3cret")));

    AuthRun run = AuthRun.of(initiator, responder);

    assertThat(run.exchange.failure()).isEmpty();
    assertThat(run.responderLog()).contains("IKE_SA site[1] established between 192.0.2.2[right]...192.0.2.1[left]");
  }

  @Test
  void libreswanResponderAnswersWithItsOwnIdAndStrongswanRefusesIt() {
    Peer initiator = hosts().swanctl("left", "strongswan-6.0.6", swanctlSite("@left", "@right", ikeSecret("@left @right", "s3cret")));
    Peer responder = hosts().libreswan("right", "libreswan-5.3",
        libreswan("192.0.2.2", "@gw", "192.0.2.1", "@left", PSK, "@gw @left : PSK \"s3cret\""));

    AuthRun run = AuthRun.of(initiator, responder);

    assertThat(run.status).isEqualTo(CheckStatus.STOP_IKE);
    assertThat(run.exchange.failure().orElseThrow().notification()).contains(Notify.AUTHENTICATION_FAILED);
    assertThat(run.responderLog()).containsExactly(
        "responder established IKE SA; authenticated peer using authby=secret and FQDN '@left'");
    assertThat(run.initiatorLog()).containsSubsequence(
        "authentication of 'gw' with pre-shared key successful",
        "constraint check failed: identity 'right' (ID_FQDN) required, not matched by 'gw' (ID_FQDN)",
        "selected peer config 'site' unacceptable: constraint checking failed",
        "no alternative config found");
    assertThat(run.exchange.disagreements().get(0).explanation())
        .isEqualTo("left#site expects the ID '@right' from right#site, which sends '@gw'");
  }

  @Test
  void strongswanFiveNineNamesOnlyTheRequiredIdentity() {
    Peer initiator = hosts().swanctl("left", "strongswan-5.9.8", swanctlSite("@left", "@right", ikeSecret("@left @right", "s3cret")));
    Peer responder = hosts().libreswan("right", "libreswan-4.10",
        libreswan("192.0.2.2", "@gw", "192.0.2.1", "@left", PSK, "@gw @left : PSK \"s3cret\""));

    AuthRun run = AuthRun.of(initiator, responder);

    assertThat(run.initiatorLog()).contains("constraint check failed: identity 'right' required");
    assertThat(run.responderLog()).containsExactly(
        "responder established IKE SA; authenticated peer using authby=secret and ID_FQDN '@left'");
  }

  @Test
  void defaultIdBehindNatIsThePrivateAddress() {
    Peer initiator = hosts().stroke("client", "strongswan-5.9.8",
        stroke("%defaultroute", "", "192.0.2.2", "", PSK, ": PSK \"s3cret\""));
    Peer responder = hosts().stroke("server", "strongswan-5.9.8",
        stroke("192.0.2.2", "", "198.51.100.7", "", PSK, ": PSK \"s3cret\"").replace("auto=start", "auto=add"));
    Exchange exchange = new Exchange(initiator, responder, Side.LEFT);
    exchange.initiatorHostAddress(address(10, 0, 0, 5));

    AuthRun run = AuthRun.of(exchange);

    assertThat(run.responderLog()).containsExactly(
        "looking for peer configs matching 192.0.2.2[192.0.2.2]...198.51.100.7[10.0.0.5]",
        "no matching peer config found");
    assertThat(run.initiatorLog()).containsExactly("authentication of '10.0.0.5' (myself) with pre-shared key",
        "received AUTHENTICATION_FAILED notify error");
    assertThat(run.exchange.disagreements().get(0).explanation())
        .isEqualTo("server#site expects the ID '198.51.100.7' from client#site, which sends '10.0.0.5' (its default ID)");
  }

  @Test
  void anUnknownOwnAddressIsNoIdTheResponderCanExpect() {
    Peer initiator = hosts().stroke("client", "strongswan-5.9.8",
        stroke("%defaultroute", "", "192.0.2.2", "", PSK, ": PSK \"s3cret\""));
    String server = libreswan("192.0.2.2", "", "198.51.100.7", "", PSK, ": PSK \"s3cret\"");

    AuthRun fixedPeer = AuthRun.of(initiator, hosts().libreswan("fixed", "libreswan-4.10", server));
    AuthRun anyPeer = AuthRun.of(initiator, hosts().libreswan("any", "libreswan-4.10",
        server.replace("right=198.51.100.7", "right=%any")));

    assertThat(fixedPeer.responderLog()).first()
        .isEqualTo("Peer ID '<ip>' mismatched on first found connection and no better connection found");
    assertThat(fixedPeer.exchange.disagreements().get(0).explanation())
        .isEqualTo("fixed#site expects the ID '198.51.100.7' from client#site, which sends '<ip>' (its default ID, its own address,"
            + " which its configuration does not name; behind NAT it is not the address the peer sees)");
    assertThat(anyPeer.exchange.failure()).isEmpty();
  }

  @Test
  void libreswanFourSaysWhyThePeerIdIsRefusedFiveDoesNot() {
    Peer initiator = hosts().stroke("client", "strongswan-5.9.8",
        stroke("10.0.0.5", "", "192.0.2.2", "", PSK, ": PSK \"s3cret\""));
    String server = libreswan("192.0.2.2", "", "198.51.100.7", "", PSK, ": PSK \"s3cret\"");

    AuthRun four = AuthRun.of(initiator, hosts().libreswan("four", "libreswan-4.10", server));
    AuthRun five = AuthRun.of(initiator, hosts().libreswan("five", "libreswan-5.3", server));

    assertThat(four.responderLog()).containsExactly(
        "Peer ID '10.0.0.5' mismatched on first found connection and no better connection found",
        "responding to IKE_AUTH message (ID 1) from 198.51.100.7:4500 with encrypted notification AUTHENTICATION_FAILED");
    assertThat(five.responderLog()).isEmpty();
    assertThat(five.exchange.failure().orElseThrow().notification()).contains(Notify.AUTHENTICATION_FAILED);
    assertThat(five.initiatorLog()).endsWith("received AUTHENTICATION_FAILED notify error");
  }

  @Test
  void libreswanHostNameIdIsSentAsAnAddress() {
    Peer initiator = hosts().libreswan("left", "libreswan-4.10",
        libreswan("192.0.2.1", "gw-left.example.com", "192.0.2.2", "@right", PSK,
            "gw-left.example.com @right : PSK \"s3cret\""));
    Peer responder = hosts().swanctl("right", "strongswan-5.9.8",
        swanctlResponder("@right", "gw-left.example.com", "psk", "psk", ikeSecret("@right gw-left.example.com", "s3cret")));

    AuthRun run = AuthRun.of(initiator, responder);

    assertThat(run.responderLog()).containsExactly(
        "looking for peer configs matching 192.0.2.2[right]...192.0.2.1[192.0.2.1]", "no matching peer config found");
    assertThat(run.initiatorLog()).first().isEqualTo("IKE SA authentication request rejected by peer: AUTHENTICATION_FAILED");
  }

  @Test
  void libreswanSendsIdrOnlyForNames() {
    Peer fqdn = hosts().libreswan("fqdn", "libreswan-5.3",
        libreswan("192.0.2.2", "@right", "192.0.2.1", "@left", PSK, ""));
    Peer address = hosts().libreswan("address", "libreswan-5.3",
        libreswan("192.0.2.2", "@right", "192.0.2.1", "192.0.2.1", PSK, ""));
    Peer responder = hosts().swanctl("sw", "strongswan-6.0.6", swanctlSite("", "", ""));

    assertThat(AuthRun.of(fqdn, responder).responderLog()).first()
        .isEqualTo("looking for peer configs matching 192.0.2.1[left]...192.0.2.2[right]");
    assertThat(AuthRun.of(address, responder).responderLog()).first()
        .isEqualTo("looking for peer configs matching 192.0.2.1[%any]...192.0.2.2[right]");
  }

  @Test
  void swanctlWithoutIdUsesItsAddressAndSaysSoPerVersion() {
    Peer responder = hosts().libreswan("ls", "libreswan-5.3",
        libreswan("192.0.2.2", "@right", "192.0.2.1", "", PSK, ""));
    Peer five = hosts().swanctl("five", "strongswan-5.9.8", swanctlSite("", "@right", ikeSecret("", "s3cret")));
    Peer six = hosts().swanctl("six", "strongswan-6.0.6", swanctlSite("", "@right", ikeSecret("", "s3cret")));

    assertThat(AuthRun.of(five, responder).initiatorLog()).first()
        .isEqualTo("no IDi configured, fall back on IP address");
    assertThat(AuthRun.of(six, responder).initiatorLog()).first()
        .isEqualTo("no IDi configured, default to IP address 192.0.2.1");
    assertThat(AuthRun.of(six, responder).exchange.failure()).isEmpty();
  }

  @Test
  void strongswanPrefersTheConfigWhoseIdsMatchExactly() {
    String twoConns = swanctlResponder("@right", "%any", "psk", "psk", ikeSecret("", "s3cret"))
        .replace("connections {\n", """
            connections {
              exact {
                local_addrs  = 192.0.2.2
                remote_addrs = 192.0.2.1
                local {
                  auth = psk
                  id = @right
                }
                remote {
                  auth = psk
                  id = @left
                }
              }
            """);
    Peer responder = hosts().swanctl("sw", "strongswan-6.0.6", twoConns);
    Peer initiator = hosts().swanctl("left", "strongswan-6.0.6", swanctlSite("@left", "@right", ikeSecret("", "s3cret")));
    Exchange exchange = new Exchange(initiator, responder, Side.LEFT);
    exchange.responderCandidates(responder.daemon().connections());

    AuthRun run = AuthRun.of(exchange);

    assertThat(run.responderLog()).contains("selected peer config 'exact'");
    assertThat(run.exchange.responderConnection().name()).isEqualTo("exact");
  }

  @Test
  void libreswanSwitchesToTheConnectionForTheRequestedIdr() {
    String twoConns = libreswan("192.0.2.2", "@gw", "192.0.2.1", "@left", PSK, "")
        + libreswan("192.0.2.2", "@right", "192.0.2.1", "@left", PSK, "").replace("conn site", "conn other")
        + "# ipsec.secrets\n@right @left : PSK \"s3cret\"\n";
    Peer responder = hosts().libreswan("ls", "libreswan-5.3", twoConns);
    Peer initiator = hosts().swanctl("left", "strongswan-6.0.6", swanctlSite("@left", "@right", ikeSecret("@left @right", "s3cret")));
    Exchange exchange = new Exchange(initiator, responder, Side.LEFT);
    exchange.responderCandidates(responder.daemon().connections());

    AuthRun run = AuthRun.of(exchange);

    assertThat(run.exchange.failure()).isEmpty();
    assertThat(run.exchange.responderConnection().name()).isEqualTo("other");
  }

  @Test
  void certificateIdsAndTheAddressDefault() {
    String libreswanCert = """
        conn site
            left=192.0.2.1
            leftsubnet=10.1.0.0/24
            right=192.0.2.2
            rightid="CN=right"
            rightsubnet=10.2.0.0/24
            authby=rsasig
            leftcert=left
            auto=start
        """;
    String strongswanCert = """
        connections {
          site {
            local_addrs  = 192.0.2.2
            remote_addrs = 192.0.2.1
            send_cert = always
            local {
              auth = pubkey
              certs = right.crt
              id = "CN=right"
            }
            remote {
              auth = pubkey
              id = "CN=left"
            }
          }
        }
        """;
    Peer defaultId = hosts().libreswan("a", "libreswan-4.10", libreswanCert);
    Peer fromCert = hosts().libreswan("b", "libreswan-4.10", libreswanCert.replace("leftsubnet", "leftid=%fromcert\n    leftsubnet"));
    Peer responder = hosts().swanctl("sw", "strongswan-5.9.8", strongswanCert);
    Peer anyRemote = hosts().swanctl("c", "strongswan-5.9.8", strongswanCert.replace("      id = \"CN=left\"\n", ""));

    AuthRun a = AuthRun.of(defaultId, responder);
    assertThat(a.responderLog()).containsExactly(
        "looking for peer configs matching 192.0.2.2[CN=right]...192.0.2.1[192.0.2.1]", "no matching peer config found");

    AuthRun b = AuthRun.of(fromCert, responder);
    assertThat(b.exchange.failure()).isEmpty();
    assertThat(b.responderLog()).contains("authentication of 'CN=left' with <signature scheme> successful");
    assertThat(b.initiatorLog()).containsExactly("initiator established IKE SA; authenticated peer '<key>' digital"
        + " signature using peer certificate 'CN=right' issued by CA '<ca>'");

    AuthRun c = AuthRun.of(defaultId, anyRemote);
    assertThat(c.responderLog()).containsExactly(
        "looking for peer configs matching 192.0.2.2[CN=right]...192.0.2.1[192.0.2.1]",
        "selected peer config 'site'", "no trusted RSA public key found for '192.0.2.1'");
    assertThat(c.exchange.disagreements().get(0).failureClass()).isEqualTo(FailureClass.ID);
  }

  private static IpAddress address(int a, int b, int c, int d) {
    return new IpAddress(ByteText.of(new byte[] {(byte) a, (byte) b, (byte) c, (byte) d}));
  }
}
