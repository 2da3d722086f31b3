// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.negotiation.check;

import static io.github.ipseclint.negotiation.TestDaemons.texts;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.ipseclint.model.crypto.IkeVersion;
import io.github.ipseclint.negotiation.Peer;
import io.github.ipseclint.negotiation.Side;
import io.github.ipseclint.negotiation.TestDaemons;
import io.github.ipseclint.negotiation.exchange.CheckStatus;
import io.github.ipseclint.negotiation.exchange.Exchange;
import io.github.ipseclint.negotiation.outcome.FailureClass;
import io.github.ipseclint.negotiation.outcome.Notify;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** C1: the responder's connection for the first packet (negotiation.md §10.2 step 1, §11.1; C20, C21). */
class FirstPacketCheckTest {
  @TempDir
  Path dir;

  private Peer swanctl(String name, String target, String text) {
    return TestDaemons.peer(dir.resolve(name), target, Map.of("swanctl/swanctl.conf", text));
  }

  private Peer ipsecConf(String name, String target, String text, String secrets, String conn) {
    return TestDaemons.peer(dir.resolve(name), target, Map.of("ipsec.conf", text, "ipsec.secrets", secrets), conn);
  }

  private static Exchange run(Peer initiator, Peer responder, CheckStatus expected) {
    Exchange exchange = new Exchange(initiator, responder, Side.LEFT);
    assertThat(new FirstPacketCheck().apply(exchange)).isEqualTo(expected);
    return exchange;
  }

  @Test
  void strongswanWithOnlyAnIkev1ConfigAnswersIkev2WithNoProposalChosen() {
    Exchange exchange = run(
        ipsecConf("left", "libreswan-4.10", Fragments.libreswan(true, "auto=start"), Fragments.secrets(true), null),
        swanctl("right", "strongswan-5.9.8", Fragments.swanctlRight("version = 1", "")), CheckStatus.STOP_IKE);
    assertThat(exchange.ikeVersion()).isEqualTo(IkeVersion.IKEV2);
    assertThat(texts(exchange.responderLog())).containsExactly("192.0.2.1 is initiating an IKE_SA",
        "no IKE config found for 192.0.2.2...192.0.2.1, sending NO_PROPOSAL_CHOSEN");
    assertThat(texts(exchange.initiatorLog())).containsSubsequence(
        "dropping unexpected IKE_SA_INIT message containing NO_PROPOSAL_CHOSEN notification; message payloads: N; "
            + "missing payloads: SA,KE,Ni",
        "STATE_V2_PARENT_I1: retransmission; will wait 0.5 seconds for response",
        "STATE_V2_PARENT_I1: <t> second timeout exceeded after <n> retransmits.  No response (or no acceptable "
            + "response) to our first IKEv2 message",
        "deleting IKE SA but connection is supposed to remain up; schedule EVENT_REVIVE_CONNS");
    assertThat(exchange.failure().orElseThrow().notification()).contains(Notify.NO_PROPOSAL_CHOSEN);
    assertThat(exchange.disagreements().get(0).failureClass()).isEqualTo(FailureClass.IKE_VERSION);
    assertThat(exchange.disagreements().get(0).responderSetting().orElseThrow().line()).isEqualTo(5);
  }

  @Test
  void libreswan5DropsIkev1AndStrongswanRetransmitsPerKeyingTry() {
    Exchange exchange = run(
        ipsecConf("left", "strongswan-5.9.8", Fragments.stroke(true,
            "keyexchange=ikev1\nike=aes256-sha256-modp2048!\nesp=aes256-sha256-modp2048!\nauto=start"),
            Fragments.secrets(true), null),
        ipsecConf("right", "libreswan-5.2", Fragments.libreswan(false, "auto=add"), Fragments.secrets(false), null),
        CheckStatus.STOP_IKE);
    assertThat(exchange.ikeVersion()).isEqualTo(IkeVersion.IKEV1);
    assertThat(exchange.failure().orElseThrow().notification()).isEmpty();
    assertThat(exchange.failure().orElseThrow().exchange()).isEqualTo("Main Mode");
    assertThat(texts(exchange.responderLog())).containsExactly(
        "packet from 192.0.2.1:500: ignoring IKEv1 packet as global policy is set to silently drop all IKEv1 packets");
    assertThat(texts(exchange.initiatorLog())).startsWith("initiating Main Mode IKE_SA site[1] to 192.0.2.2",
        "sending retransmit 1 of request message ID 0, seq 1").containsSubsequence("giving up after 5 retransmits",
        "peer not responding, trying again (2/3)", "peer not responding, trying again (3/3)",
        "establishing IKE_SA failed, peer not responding");
    assertThat(texts(exchange.initiatorLog())).filteredOn(line -> line.startsWith("giving up")).hasSize(3);
  }

  @Test
  void libreswan4WordsTheDropWithoutGlobalAndAcceptingItLooksForAnIkev1Connection() {
    Peer initiator = ipsecConf("left", "strongswan-5.9.8", Fragments.stroke(true,
        "keyexchange=ikev1\nike=aes256-sha256-modp2048!\nauto=start"), Fragments.secrets(true), null);
    Exchange dropped = run(initiator,
        ipsecConf("right", "libreswan-4.10", Fragments.libreswan(false, "auto=add"), Fragments.secrets(false), null),
        CheckStatus.STOP_IKE);
    assertThat(texts(dropped.responderLog())).containsExactly(
        "packet from 192.0.2.1:500: ignoring IKEv1 packet as policy is set to silently drop all IKEv1 packets");
    Exchange accepted = run(initiator, ipsecConf("right2", "libreswan-4.10",
        "config setup\n    ikev1-policy=accept\n\n" + Fragments.libreswan(false, "auto=add"), Fragments.secrets(false), null),
        CheckStatus.STOP_IKE);
    assertThat(texts(accepted.responderLog())).containsExactly("packet from 192.0.2.1:500: initial Main Mode message "
        + "received but no connection has been authorized with authby=PSK and xauth=no");
  }

  @Test
  void libreswanRejectPolicyAnswersInvalidMajorVersion() {
    Exchange exchange = run(
        ipsecConf("left", "strongswan-5.9.8", Fragments.stroke(true, "keyexchange=ikev1\nauto=start"),
            Fragments.secrets(true), null),
        ipsecConf("right", "libreswan-5.2", "config setup\n    ikev1-policy=reject\n\n"
            + Fragments.libreswan(false, "auto=add"), Fragments.secrets(false), null), CheckStatus.STOP_IKE);
    assertThat(exchange.failure().orElseThrow().notification()).contains(Notify.INVALID_MAJOR_VERSION);
    assertThat(texts(exchange.initiatorLog())).contains("received INVALID_MAJOR_VERSION error notify");
    assertThat(exchange.disagreements().get(0).responderSetting().orElseThrow().line()).isEqualTo(2);
  }

  @Test
  void libreswanWithoutIkev2ConnectionAnswersNoProposalChosen() {
    Exchange exchange = run(swanctl("left", "strongswan-6.0.6", Fragments.swanctlLeft("", "start_action = start")),
        ipsecConf("right", "libreswan-5.2", "config setup\n    ikev1-policy=accept\n\n"
            + Fragments.libreswan(false, "ikev2=no\nauto=add"), Fragments.secrets(false), null), CheckStatus.STOP_IKE);
    assertThat(texts(exchange.responderLog())).containsExactly("packet from 192.0.2.1:500: responding to IKE_SA_INIT "
        + "request with Message ID 0 with unencrypted notification NO_PROPOSAL_CHOSEN, no suitable connection found "
        + "with IKEv2 policy");
    assertThat(texts(exchange.initiatorLog())).containsSubsequence("initiating IKE_SA site[1] to 192.0.2.2",
        "parsed IKE_SA_INIT response 0 [ N(NO_PROP) ]", "received NO_PROPOSAL_CHOSEN notify error");
  }

  @Test
  void strongswanPrefersTheExactPeerAddressThenASubnetThenAny() {
    String three = """
        conn any
            left=192.0.2.2
            right=%any
            authby=secret
            auto=add
        conn subnet
            left=192.0.2.2
            right=192.0.2.0/24
            authby=secret
            auto=add
        conn exact
            left=192.0.2.2
            right=192.0.2.1
            authby=secret
            auto=add
        conn elsewhere
            left=192.0.2.2
            right=198.51.100.7
            authby=secret
            auto=add
        """;
    Exchange exchange = run(swanctl("left", "strongswan-6.0.6", Fragments.swanctlLeft("", "start_action = start")),
        ipsecConf("right", "strongswan-6.0.6", three, Fragments.secrets(false), "any"), CheckStatus.CONTINUE);
    assertThat(exchange.responderCandidates()).extracting(c -> c.name()).containsExactly("exact", "subnet", "any");
    assertThat(exchange.responderConnection().name()).isEqualTo("exact");
  }

  @Test
  void libreswanTriesConnectionsNamingThePeerBeforeTemplates() {
    String two = """
        conn template
            left=192.0.2.2
            right=%any
            authby=secret
            auto=add
        conn exact
            left=192.0.2.2
            right=192.0.2.1
            authby=secret
            auto=add
        """;
    Exchange exchange = run(swanctl("left", "strongswan-6.0.6", Fragments.swanctlLeft("", "start_action = start")),
        ipsecConf("right", "libreswan-5.2", two, Fragments.secrets(false), "template"), CheckStatus.CONTINUE);
    assertThat(exchange.responderCandidates()).extracting(c -> c.name()).containsExactly("exact", "template");
  }

  @Test
  void aRoadWarriorWithUnknownSourceReachesTheTemplate() {
    String clientWithoutLocalAddress = Fragments.swanctl("%any", "192.0.2.2", "@left", "@right", "", "start_action = start");
    String server = """
        conn peer-b
            left=192.0.2.2
            right=198.51.100.7
            authby=secret
            auto=add
        conn roadwarriors
            left=192.0.2.2
            right=%any
            authby=secret
            auto=add
        """;
    Exchange exchange = run(swanctl("left", "strongswan-6.0.6", clientWithoutLocalAddress),
        ipsecConf("right", "strongswan-6.0.6", server, Fragments.secrets(false), "roadwarriors"), CheckStatus.CONTINUE);
    assertThat(exchange.responderCandidates()).extracting(c -> c.name()).containsExactly("roadwarriors");
    assertThat(texts(exchange.responderLog())).containsExactly("<ip> is initiating IKE_SA roadwarriors[1]");
  }
}
