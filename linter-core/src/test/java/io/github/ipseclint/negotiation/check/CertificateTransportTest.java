// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.negotiation.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ipseclint.negotiation.Peer;
import io.github.ipseclint.negotiation.TestHosts;
import io.github.ipseclint.negotiation.outcome.Disagreement;
import io.github.ipseclint.negotiation.outcome.FailureClass;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Certificates in case C25 (the 5.9.8/4.10 run): the IDs an end with a certificate sends, and
 * whether the responder's certificate reaches the initiator.
 */
class CertificateTransportTest {
  private static final String LIBRESWAN_FROMCERT = """
      conn site
          left=192.0.2.1
          leftid=%fromcert
          leftsubnet=10.1.0.0/24
          right=192.0.2.2
          rightid="CN=right"
          rightsubnet=10.2.0.0/24
          authby=rsasig
          leftcert=left
          auto=start
      """;
  private static final String SWANCTL_CERT = """
      connections {
        site {
          local_addrs  = 192.0.2.2
          remote_addrs = 192.0.2.1
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

  @RegisterExtension
  final TestHosts hosts = new TestHosts();
  private int pairs;

  /** A Libreswan 4.10 initiator and a strongSwan 5.9.8 responder, the pairing of the case's run. */
  private CheckRun run(String libreswan, String swanctl) {
    pairs++;
    Peer initiator = hosts.ipsecConf("ls" + pairs, "libreswan-4.10", libreswan);
    Peer responder = hosts.swanctl("sw" + pairs, "strongswan-5.9.8", swanctl);
    return CheckRun.ikeAuth(initiator, responder);
  }

  @Test
  void certificateIdsAndTheAddressDefault() {
    String sendingAlways = SWANCTL_CERT.replace("    local {", "    send_cert = always\n    local {");
    String defaultId = LIBRESWAN_FROMCERT.replace("    leftid=%fromcert\n", "");

    CheckRun a = run(defaultId, sendingAlways);
    assertThat(a.responderLog()).containsExactly(
        "looking for peer configs matching 192.0.2.2[CN=right]...192.0.2.1[192.0.2.1]", "no matching peer config found");

    CheckRun b = run(LIBRESWAN_FROMCERT, sendingAlways);
    assertThat(b.exchange().failure()).isEmpty();
    assertThat(b.responderLog()).contains("authentication of 'CN=left' with <signature scheme> successful");
    assertThat(b.initiatorLog()).containsExactly("initiator established IKE SA; authenticated peer '<key>' digital"
        + " signature using peer certificate 'CN=right' issued by CA '<ca>'");

    CheckRun c = run(defaultId, sendingAlways.replace("      id = \"CN=left\"\n", ""));
    assertThat(c.responderLog()).containsExactly(
        "looking for peer configs matching 192.0.2.2[CN=right]...192.0.2.1[192.0.2.1]",
        "selected peer config 'site'", "no trusted RSA public key found for '192.0.2.1'");
    assertThat(c.exchange().disagreements().get(0).failureClass()).isEqualTo(FailureClass.ID);
  }

  @Test
  void libreswanWithoutRightcaGetsNoCertificateFromADefaultStrongswan() {
    CheckRun run = run(LIBRESWAN_FROMCERT, SWANCTL_CERT);

    assertThat(run.exchange().failure().orElseThrow().notification()).isEmpty();
    assertThat(run.initiatorLog()).containsExactly(
        "authentication failed: no certificate matched <signature scheme> and 'CN=right'");
    assertThat(run.responderLog()).containsSubsequence(
        "IKE_SA site[1] established between 192.0.2.2[CN=right]...192.0.2.1[CN=left]",
        "received DELETE for IKE_SA site[1]");
    Disagreement cause = run.exchange().disagreements().get(0);
    assertThat(cause.failureClass()).isEqualTo(FailureClass.AUTH_METHOD);
    assertThat(cause.explanation()).startsWith("sw1#site sends its certificate only when asked (send_cert = ifasked),"
        + " and ls1#site does not ask for it");
    assertThat(cause.initiatorSetting().orElseThrow().line()).isEqualTo(1);
  }

  @Test
  void sendCertAlwaysOrRightcaLetTheCertificateThrough() {
    assertThat(run(LIBRESWAN_FROMCERT, SWANCTL_CERT.replace("    local {", "    send_cert = always\n    local {"))
        .exchange().failure()).isEmpty();
    assertThat(run(LIBRESWAN_FROMCERT.replace("    auto=start", "    rightca=\"CN=ca\"\n    auto=start"), SWANCTL_CERT)
        .exchange().failure()).isEmpty();
    assertThat(run(LIBRESWAN_FROMCERT.replace("    auto=start", "    rightcert=right\n    auto=start"), SWANCTL_CERT)
        .exchange().failure()).isEmpty();
  }

  @Test
  void strongswanThatNeverSendsItsCertificateFailsALibreswanPeerEvenWhenAsked() {
    String strokeResponder = """
        conn site
            left=192.0.2.2
            leftid="CN=right"
            leftcert=right.crt
            leftsendcert=never
            right=192.0.2.1
            rightid="CN=left"
            keyexchange=ikev2
            auto=add
        """;
    CheckRun run = CheckRun.ikeAuth(hosts.ipsecConf("ls", "libreswan-4.10",
            LIBRESWAN_FROMCERT.replace("    auto=start", "    rightca=\"CN=ca\"\n    auto=start")),
        hosts.ipsecConf("stroke", "strongswan-6.0.6", strokeResponder));

    assertThat(run.exchange().failure()).isPresent();
    assertThat(run.exchange().disagreements().get(0).explanation())
        .startsWith("stroke#site never sends its certificate, and ls#site does not ask for it");
    assertThat(run.exchange().disagreements().get(0).responderSetting().orElseThrow().line()).isEqualTo(5);

    // charon finds the peer's key in its own credential sets (x509 directories, DNS through the
    // dnscert plugin), which the scanned files do not show: a strongSwan initiator is not checked
    String swanctlInitiator = SWANCTL_CERT.replace("192.0.2.2", "192.0.2.x").replace("192.0.2.1", "192.0.2.2")
        .replace("192.0.2.x", "192.0.2.1").replace("right.crt", "left.crt")
        .replace("\"CN=right\"", "\"CN=tmp\"").replace("\"CN=left\"", "\"CN=right\"").replace("\"CN=tmp\"", "\"CN=left\"");
    CheckRun strongswan = CheckRun.ikeAuth(hosts.swanctl("sw", "strongswan-6.0.6", swanctlInitiator),
        hosts.ipsecConf("stroke2", "strongswan-6.0.6", strokeResponder));
    assertThat(strongswan.exchange().failure()).isEmpty();
  }
}
