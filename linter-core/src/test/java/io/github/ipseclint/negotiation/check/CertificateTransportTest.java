// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.negotiation.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ipseclint.negotiation.Peer;
import io.github.ipseclint.negotiation.outcome.Disagreement;
import io.github.ipseclint.negotiation.outcome.FailureClass;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Whether the responder's certificate reaches the initiator (case C25, the 5.9.8/4.10 run). */
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

  @TempDir
  Path root;

  private AuthRun run(String libreswan, String swanctl) {
    TestHosts hosts = new TestHosts(root);
    Peer initiator = hosts.libreswan("ls-" + libreswan.hashCode(), "libreswan-4.10", libreswan);
    Peer responder = hosts.swanctl("sw-" + swanctl.hashCode(), "strongswan-5.9.8", swanctl);
    return AuthRun.of(initiator, responder);
  }

  @Test
  void libreswanWithoutRightcaGetsNoCertificateFromADefaultStrongswan() {
    AuthRun run = run(LIBRESWAN_FROMCERT, SWANCTL_CERT);

    assertThat(run.exchange.failure().orElseThrow().notification()).isEmpty();
    assertThat(run.initiatorLog()).containsExactly(
        "authentication failed: no certificate matched <signature scheme> and 'CN=right'");
    assertThat(run.responderLog()).containsSubsequence(
        "IKE_SA site[1] established between 192.0.2.2[CN=right]...192.0.2.1[CN=left]",
        "received DELETE for IKE_SA site[1]");
    Disagreement cause = run.exchange.disagreements().get(0);
    assertThat(cause.failureClass()).isEqualTo(FailureClass.AUTH_METHOD);
    assertThat(cause.explanation()).matches("sw-\\S+#site sends its certificate only when asked \\(send_cert = ifasked\\),"
        + " and ls-\\S+#site does not ask for it .*");
    assertThat(cause.initiatorSetting().orElseThrow().line()).isEqualTo(1);
  }

  @Test
  void sendCertAlwaysOrRightcaLetTheCertificateThrough() {
    assertThat(run(LIBRESWAN_FROMCERT, SWANCTL_CERT.replace("    local {", "    send_cert = always\n    local {"))
        .exchange.failure()).isEmpty();
    assertThat(run(LIBRESWAN_FROMCERT.replace("    auto=start", "    rightca=\"CN=ca\"\n    auto=start"), SWANCTL_CERT)
        .exchange.failure()).isEmpty();
    assertThat(run(LIBRESWAN_FROMCERT.replace("    auto=start", "    rightcert=right\n    auto=start"), SWANCTL_CERT)
        .exchange.failure()).isEmpty();
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
    TestHosts hosts = new TestHosts(root);
    AuthRun run = AuthRun.of(hosts.libreswan("ls", "libreswan-4.10",
            LIBRESWAN_FROMCERT.replace("    auto=start", "    rightca=\"CN=ca\"\n    auto=start")),
        hosts.stroke("stroke", "strongswan-6.0.6", strokeResponder));

    assertThat(run.exchange.failure()).isPresent();
    assertThat(run.exchange.disagreements().get(0).explanation())
        .startsWith("stroke#site never sends its certificate, and ls#site does not ask for it");
    assertThat(run.exchange.disagreements().get(0).responderSetting().orElseThrow().line()).isEqualTo(5);

    // charon finds the peer's key in its own credential sets (x509 directories, DNS through the
    // dnscert plugin), which the scanned files do not show: a strongSwan initiator is not checked
    String swanctlInitiator = SWANCTL_CERT.replace("192.0.2.2", "192.0.2.x").replace("192.0.2.1", "192.0.2.2")
        .replace("192.0.2.x", "192.0.2.1").replace("right.crt", "left.crt")
        .replace("\"CN=right\"", "\"CN=tmp\"").replace("\"CN=left\"", "\"CN=right\"").replace("\"CN=tmp\"", "\"CN=left\"");
    AuthRun strongswan = AuthRun.of(hosts.swanctl("sw", "strongswan-6.0.6", swanctlInitiator),
        hosts.stroke("stroke", "strongswan-6.0.6", strokeResponder));
    assertThat(strongswan.exchange.failure()).isEmpty();
  }
}
