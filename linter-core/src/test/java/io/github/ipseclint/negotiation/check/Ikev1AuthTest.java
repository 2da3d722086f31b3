// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.negotiation.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ipseclint.model.crypto.IkeVersion;
import io.github.ipseclint.negotiation.DaemonSettings;
import io.github.ipseclint.negotiation.Peer;
import io.github.ipseclint.negotiation.Side;
import io.github.ipseclint.negotiation.exchange.Check;
import io.github.ipseclint.negotiation.exchange.CheckStatus;
import io.github.ipseclint.negotiation.exchange.Exchange;
import io.github.ipseclint.negotiation.outcome.FailureClass;
import io.github.ipseclint.negotiation.outcome.LogLine;
import io.github.ipseclint.negotiation.outcome.Notify;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** IKEv1 phase-1 identities and pre-shared keys (cases C22, C23 and variations). */
class Ikev1AuthTest {
  private static final List<Check> CHECKS =
      List.of(new MainModeKeyCheck(), new Ikev1PeerConfigCheck(), new Ikev1AuthenticationCheck());

  @TempDir
  Path root;

  private static String strongswan(String ownAddress, String ownId, String peerAddress, String peerId, String extra,
      String secrets) {
    return "conn site\n    left=" + ownAddress + "\n    leftid=" + ownId + "\n    leftsubnet=10.1.0.0/24\n"
        + "    right=" + peerAddress + "\n    rightid=" + peerId + "\n    rightsubnet=10.2.0.0/24\n"
        + "    authby=secret\n    keyexchange=ikev1\n    ike=aes256-sha256-modp2048!\n"
        + "    esp=aes256-sha256-modp2048!\n" + extra + "# ipsec.secrets\n" + secrets + "\n";
  }

  private static String libreswan(String ownAddress, String ownId, String peerAddress, String peerId, String extra,
      String secrets) {
    return "config setup\n    ikev1-policy=accept\n\nconn site\n    left=" + ownAddress + "\n    leftid=" + ownId
        + "\n    leftsubnet=10.2.0.0/24\n    right=" + peerAddress + "\n    rightid=" + peerId
        + "\n    rightsubnet=10.1.0.0/24\n    authby=secret\n    ike=aes256-sha2_256-modp2048\n"
        + "    esp=aes256-sha2_256-modp2048\n    ikev2=no\n" + extra + "# ipsec.secrets\n" + secrets + "\n";
  }

  private static Exchange run(Exchange exchange) {
    exchange.ikeVersion(IkeVersion.IKEV1);
    for (Check check : CHECKS) {
      if (check.apply(exchange) != CheckStatus.CONTINUE) {
        break;
      }
    }
    return exchange;
  }

  private static Exchange run(Peer initiator, Peer responder) {
    return run(new Exchange(initiator, responder, Side.LEFT));
  }

  private static List<String> texts(List<LogLine> lines) {
    return lines.stream().map(LogLine::text).toList();
  }

  @Test
  void mainModeWithTheSameKeyEstablishesBothWays() {
    TestHosts hosts = new TestHosts(root);
    Peer strongswan = hosts.stroke("sw", "strongswan-5.9.8",
        strongswan("192.0.2.1", "@left", "192.0.2.2", "@right", "    auto=start\n", "@left @right : PSK \"s3cret\""));
    Peer libreswan = hosts.libreswan("ls", "libreswan-4.10",
        libreswan("192.0.2.2", "@right", "192.0.2.1", "@left", "    auto=add\n", "@right @left : PSK \"s3cret\""));

    Exchange forward = run(strongswan, libreswan);
    Exchange backward = run(libreswan, strongswan);

    assertThat(forward.failure()).isEmpty();
    assertThat(texts(forward.initiatorLog()))
        .containsExactly("IKE_SA site[1] established between 192.0.2.1[left]...192.0.2.2[right]");
    assertThat(texts(forward.responderLog())).containsExactly(
        "IKE SA established {auth=PRESHARED_KEY cipher=<cipher> integ=<integ> group=<group>}");
    assertThat(backward.failure()).isEmpty();
    assertThat(texts(backward.responderLog()))
        .containsExactly("IKE_SA site[1] established between 192.0.2.1[left]...192.0.2.2[right]");
  }

  @Test
  void mainModeKeysThatDifferMakeMessageFiveUndecryptable() {
    TestHosts hosts = new TestHosts(root);
    Peer libreswan = hosts.libreswan("ls", "libreswan-4.10",
        libreswan("192.0.2.2", "@right", "192.0.2.1", "@left", "    auto=start\n", "@right @left : PSK \"s3cret\""));
    Peer strongswan = hosts.stroke("sw", "strongswan-5.9.8",
        strongswan("192.0.2.1", "@left", "192.0.2.2", "@right", "    auto=add\n", "@left @right : PSK \"different\""));

    Exchange exchange = run(libreswan, strongswan);

    assertThat(exchange.failure().orElseThrow().notification()).contains(Notify.PAYLOAD_MALFORMED);
    assertThat(exchange.failure().orElseThrow().exchange()).isEqualTo("Main Mode");
    assertThat(texts(exchange.responderLog())).containsExactly("invalid ID_V1 payload length, decryption failed?",
        "message parsing failed", "ID_PROT request with message ID 0 processing failed");
    assertThat(texts(exchange.initiatorLog())).containsSubsequence(
        "ignoring informational payload PAYLOAD_MALFORMED, msgid=00000000, length=28",
        "received and ignored notification payload: PAYLOAD_MALFORMED");
    assertThat(exchange.disagreements().get(0).failureClass()).isEqualTo(FailureClass.PSK);
  }

  @Test
  void mainModeResponderFallsBackToTheAddressesBeforeItKnowsTheId() {
    TestHosts hosts = new TestHosts(root);
    Peer initiator = hosts.stroke("left", "strongswan-5.9.8",
        strongswan("192.0.2.1", "@left", "192.0.2.2", "@right", "    auto=start\n", "@left @right : PSK \"s3cret\""));
    Peer byAddress = hosts.stroke("right", "strongswan-5.9.8",
        strongswan("192.0.2.2", "@right", "192.0.2.1", "@left", "    auto=add\n", "192.0.2.2 192.0.2.1 : PSK \"s3cret\""));
    Peer noKey = hosts.stroke("none", "strongswan-5.9.8",
        strongswan("192.0.2.2", "@right", "192.0.2.1", "@left", "    auto=add\n", "@other : PSK \"s3cret\""));

    assertThat(run(initiator, byAddress).failure()).isEmpty();
    Exchange failed = run(initiator, noKey);
    assertThat(texts(failed.responderLog())).containsExactly("no shared key found for 192.0.2.2 - 192.0.2.1");
    assertThat(failed.disagreements().get(0).failureClass()).isEqualTo(FailureClass.PSK);
  }

  @Test
  void mainModeInitiatorAlsoFallsBackToTheAddresses() {
    TestHosts hosts = new TestHosts(root);
    Peer byAddress = hosts.stroke("left", "strongswan-5.9.8",
        strongswan("192.0.2.1", "@left", "192.0.2.2", "@right", "    auto=start\n", "192.0.2.1 : PSK \"s3cret\""));
    Peer responder = hosts.stroke("right", "strongswan-5.9.8",
        strongswan("192.0.2.2", "@right", "192.0.2.1", "@left", "    auto=add\n", "@left @right : PSK \"s3cret\""));
    Peer noKey = hosts.stroke("none", "strongswan-5.9.8",
        strongswan("192.0.2.1", "@left", "192.0.2.2", "@right", "    auto=start\n", "192.0.2.9 : PSK \"s3cret\""));

    Exchange found = run(byAddress, responder);
    assertThat(found.failure()).isEmpty();
    assertThat(texts(found.initiatorLog())).startsWith("no shared key found for 'left'[192.0.2.1] - 'right'[192.0.2.2]");

    Exchange failed = run(noKey, responder);
    assertThat(texts(failed.initiatorLog())).containsExactly(
        "no shared key found for 'left'[192.0.2.1] - 'right'[192.0.2.2]", "no shared key found for 192.0.2.1 - 192.0.2.2");
    assertThat(failed.disagreements().get(0).failureClass()).isEqualTo(FailureClass.PSK);
  }

  @Test
  void aKeyByAnAddressOnlyRunTimeKnowsIsNotDecided() {
    // strongSwan's ikev1-stroke/rw-psk-ipv4 shape: host names for the outer addresses, secrets by address
    TestHosts hosts = new TestHosts(root);
    Peer client = hosts.stroke("client", "strongswan-5.9.8", "conn home\n    left=client.example.org\n"
        + "    right=gw.example.org\n    rightsubnet=10.1.0.0/16\n    authby=secret\n    keyexchange=ikev1\n"
        + "    auto=start\n# ipsec.secrets\n192.0.2.100 : PSK \"s3cret\"\n");
    Peer gateway = hosts.stroke("gateway", "strongswan-5.9.8", "conn rw\n    left=gw.example.org\n"
        + "    leftsubnet=10.1.0.0/16\n    right=client.example.org\n    authby=secret\n    keyexchange=ikev1\n"
        + "    auto=add\n# ipsec.secrets\n192.0.2.1 192.0.2.100 : PSK \"s3cret\"\n");

    assertThat(run(client, gateway).failure()).isEmpty();

    // Keys by name only: an address look-up never matches an FQDN, so the responder has none.
    Peer byName = hosts.stroke("byname", "strongswan-5.9.8", "conn rw\n    left=gw.example.org\n"
        + "    leftsubnet=10.1.0.0/16\n    right=%any\n    authby=secret\n    keyexchange=ikev1\n"
        + "    auto=add\n# ipsec.secrets\nother.example.org : PSK \"s3cret\"\n");
    Exchange failed = run(client, byName);
    assertThat(failed.failure().orElseThrow().notification()).contains(Notify.AUTHENTICATION_FAILED);
    assertThat(texts(failed.responderLog())).containsExactly("no shared key found for <ip> - <ip>");
  }

  @Test
  void strongswanRefusesAggressiveModePskUnlessAllowed() {
    TestHosts hosts = new TestHosts(root);
    Peer libreswan = hosts.libreswan("ls", "libreswan-4.10", libreswan("192.0.2.1", "@left", "192.0.2.2", "@right",
        "    aggressive=yes\n    auto=start\n", "@left @right : PSK \"s3cret\""));
    String aggressiveResponder = strongswan("192.0.2.2", "@right", "192.0.2.1", "@left",
        "    aggressive=yes\n    auto=add\n", "@right @left : PSK \"s3cret\"");
    Peer strongswan = hosts.stroke("sw", "strongswan-5.9.8", aggressiveResponder);

    Exchange refused = run(libreswan, strongswan);
    assertThat(texts(refused.responderLog())).containsExactly("Aggressive Mode PSK disabled for security reasons");
    assertThat(texts(refused.initiatorLog())).containsSubsequence(
        "ignoring informational payload AUTHENTICATION_FAILED, msgid=00000000, length=28",
        "received and ignored notification payload: AUTHENTICATION_FAILED",
        "STATE_AGGR_I1: <t> second timeout exceeded after <n> retransmits.  No response (or no acceptable"
            + " response) to our first IKEv1 message");
    assertThat(refused.failure().orElseThrow().notification()).contains(Notify.AUTHENTICATION_FAILED);
    assertThat(refused.failure().orElseThrow().exchange()).isEqualTo("Aggressive Mode");

    Peer allowing = new Peer(withAggressivePsk(strongswan), strongswan.connection());
    assertThat(run(libreswan, allowing).failure()).isEmpty();

    Peer mainOnly = hosts.stroke("main", "strongswan-5.9.8", aggressiveResponder.replace("    aggressive=yes\n", ""));
    Exchange noConfig = run(libreswan, new Peer(withAggressivePsk(mainOnly), mainOnly.connection()));
    assertThat(texts(noConfig.responderLog())).containsExactly(
        "found 1 matching config, but none allows pre-shared key authentication using Aggressive Mode");
  }

  @Test
  void aggressiveModeKeysThatDifferFail() {
    TestHosts hosts = new TestHosts(root);
    Peer libreswan = hosts.libreswan("ls", "libreswan-4.10", libreswan("192.0.2.1", "@left", "192.0.2.2", "@right",
        "    aggressive=yes\n    auto=start\n", "@left @right : PSK \"s3cret\""));
    Peer strongswan = hosts.stroke("sw", "strongswan-5.9.8", strongswan("192.0.2.2", "@right", "192.0.2.1", "@left",
        "    aggressive=yes\n    auto=add\n", "@right @left : PSK \"other\""));

    Exchange exchange = run(libreswan, new Peer(withAggressivePsk(strongswan), strongswan.connection()));

    assertThat(exchange.failure()).isPresent();
    assertThat(exchange.disagreements().get(0).failureClass()).isEqualTo(FailureClass.PSK);
  }

  @Test
  void strongswanInitiatorChecksTheResponderId() {
    TestHosts hosts = new TestHosts(root);
    Peer strongswan = hosts.stroke("sw", "strongswan-5.9.8",
        strongswan("192.0.2.1", "@left", "192.0.2.2", "@right", "    auto=start\n", "@left : PSK \"s3cret\""));
    Peer libreswan = hosts.libreswan("ls", "libreswan-4.10",
        libreswan("192.0.2.2", "@gw", "192.0.2.1", "@left", "    auto=add\n", "@gw @left : PSK \"s3cret\""));

    Exchange exchange = run(strongswan, libreswan);

    assertThat(texts(exchange.initiatorLog())).containsExactly("IDr 'gw' does not match to 'right'");
    assertThat(exchange.disagreements().get(0).failureClass()).isEqualTo(FailureClass.ID);
  }

  private static io.github.ipseclint.negotiation.Daemon withAggressivePsk(Peer peer) {
    DaemonSettings s = peer.daemon().settings();
    DaemonSettings allowing = new DaemonSettings(s.preferConfiguredProposals(), true, s.acceptPrivateAlgs(),
        s.preferPreviousDhGroup(), s.makeBeforeBreak(), s.closeIkeOnChildFailure(), s.retransmitTries(), s.ikev1Policy());
    return new io.github.ipseclint.negotiation.Daemon(peer.daemon().name(), peer.daemon().host(),
        peer.daemon().target(), allowing);
  }
}
