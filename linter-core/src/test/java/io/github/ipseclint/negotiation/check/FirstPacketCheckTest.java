// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.negotiation.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ipseclint.model.crypto.IkeVersion;
import io.github.ipseclint.negotiation.Peer;
import io.github.ipseclint.negotiation.SiteFragment;
import io.github.ipseclint.negotiation.TestHosts;
import io.github.ipseclint.negotiation.exchange.CheckStatus;
import io.github.ipseclint.negotiation.outcome.FailureClass;
import io.github.ipseclint.negotiation.outcome.Notify;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** C1: the responder's connection for the first packet (negotiation.md §10.2 step 1, §11.1; C20, C21). */
class FirstPacketCheckTest {
  private static final String ACCEPT_IKEV1 = "config setup\n    ikev1-policy=accept\n\n";
  private static final String SECRETS = "# ipsec.secrets\n@right @left : PSK \"s3cret\"\n";

  @RegisterExtension
  final TestHosts hosts = new TestHosts();

  private Peer swanctlLeft() {
    return hosts.swanctl("left", "strongswan-6.0.6", SiteFragment.left().child("start_action = start").swanctl());
  }

  /** A stroke initiator on the left with added conn settings. */
  private Peer strokeLeft(String... settings) {
    return hosts.ipsecConf("left", "strongswan-5.9.8", SiteFragment.left().conn(settings).ipsecConf());
  }

  /** A conn of the responder at 192.0.2.2 for the peer addresses given, without IDs or subnets. */
  private static String responderConn(String name, String peer) {
    return "conn " + name + "\n    left=192.0.2.2\n    right=" + peer + "\n    authby=secret\n    auto=add\n";
  }

  private static CheckRun run(Peer initiator, Peer responder, CheckStatus expected) {
    CheckRun run = CheckRun.firstPacket(initiator, responder);
    assertThat(run.status()).isEqualTo(expected);
    return run;
  }

  @Test
  void strongswanWithOnlyAnIkev1ConfigAnswersIkev2WithNoProposalChosen() {
    CheckRun run = run(hosts.ipsecConf("left", "libreswan-4.10", SiteFragment.left().conn("auto=start").ipsecConf()),
        hosts.swanctl("right", "strongswan-5.9.8", SiteFragment.right().conn("version = 1").swanctl()),
        CheckStatus.STOP_IKE);
    assertThat(run.exchange().ikeVersion()).isEqualTo(IkeVersion.IKEV2);
    assertThat(run.responderLog()).containsExactly("192.0.2.1 is initiating an IKE_SA",
        "no IKE config found for 192.0.2.2...192.0.2.1, sending NO_PROPOSAL_CHOSEN");
    assertThat(run.initiatorLog()).containsSubsequence(
        "dropping unexpected IKE_SA_INIT message containing NO_PROPOSAL_CHOSEN notification; message payloads: N; "
            + "missing payloads: SA,KE,Ni",
        "STATE_V2_PARENT_I1: retransmission; will wait 0.5 seconds for response",
        "STATE_V2_PARENT_I1: <t> second timeout exceeded after <n> retransmits.  No response (or no acceptable "
            + "response) to our first IKEv2 message",
        "deleting IKE SA but connection is supposed to remain up; schedule EVENT_REVIVE_CONNS");
    assertThat(run.exchange().failure().orElseThrow().notification()).contains(Notify.NO_PROPOSAL_CHOSEN);
    assertThat(run.exchange().disagreements().get(0).failureClass()).isEqualTo(FailureClass.IKE_VERSION);
    assertThat(run.exchange().disagreements().get(0).responderSetting().orElseThrow().line()).isEqualTo(5);
  }

  @Test
  void libreswan5DropsIkev1AndStrongswanRetransmitsPerKeyingTry() {
    CheckRun run = run(
        strokeLeft("keyexchange=ikev1", "ike=aes256-sha256-modp2048!", "esp=aes256-sha256-modp2048!", "auto=start"),
        hosts.ipsecConf("right", "libreswan-5.2", SiteFragment.right().conn("auto=add").ipsecConf()),
        CheckStatus.STOP_IKE);
    assertThat(run.exchange().ikeVersion()).isEqualTo(IkeVersion.IKEV1);
    assertThat(run.exchange().failure().orElseThrow().notification()).isEmpty();
    assertThat(run.exchange().failure().orElseThrow().exchange()).isEqualTo("Main Mode");
    assertThat(run.responderLog()).containsExactly(
        "packet from 192.0.2.1:500: ignoring IKEv1 packet as global policy is set to silently drop all IKEv1 packets");
    assertThat(run.initiatorLog()).startsWith("initiating Main Mode IKE_SA site[1] to 192.0.2.2",
        "sending retransmit 1 of request message ID 0, seq 1").containsSubsequence("giving up after 5 retransmits",
        "peer not responding, trying again (2/3)", "peer not responding, trying again (3/3)",
        "establishing IKE_SA failed, peer not responding");
    assertThat(run.initiatorLog()).filteredOn(line -> line.startsWith("giving up")).hasSize(3);
  }

  @Test
  void libreswan4WordsTheDropWithoutGlobalAndAcceptingItLooksForAnIkev1Connection() {
    Peer initiator = strokeLeft("keyexchange=ikev1", "ike=aes256-sha256-modp2048!", "auto=start");
    String responder = SiteFragment.right().conn("auto=add").ipsecConf();
    CheckRun dropped = run(initiator, hosts.ipsecConf("right", "libreswan-4.10", responder), CheckStatus.STOP_IKE);
    assertThat(dropped.responderLog()).containsExactly(
        "packet from 192.0.2.1:500: ignoring IKEv1 packet as policy is set to silently drop all IKEv1 packets");
    CheckRun accepted = run(initiator, hosts.ipsecConf("right2", "libreswan-4.10", ACCEPT_IKEV1 + responder),
        CheckStatus.STOP_IKE);
    assertThat(accepted.responderLog()).containsExactly("packet from 192.0.2.1:500: initial Main Mode message "
        + "received but no connection has been authorized with authby=PSK and xauth=no");
  }

  @Test
  void libreswanRejectPolicyAnswersInvalidMajorVersion() {
    CheckRun run = run(strokeLeft("keyexchange=ikev1", "auto=start"), hosts.ipsecConf("right", "libreswan-5.2",
        "config setup\n    ikev1-policy=reject\n\n" + SiteFragment.right().conn("auto=add").ipsecConf()),
        CheckStatus.STOP_IKE);
    assertThat(run.exchange().failure().orElseThrow().notification()).contains(Notify.INVALID_MAJOR_VERSION);
    assertThat(run.initiatorLog()).contains("received INVALID_MAJOR_VERSION error notify");
    assertThat(run.exchange().disagreements().get(0).responderSetting().orElseThrow().line()).isEqualTo(2);
  }

  @Test
  void libreswanWithoutIkev2ConnectionAnswersNoProposalChosen() {
    CheckRun run = run(swanctlLeft(), hosts.ipsecConf("right", "libreswan-5.2",
        ACCEPT_IKEV1 + SiteFragment.right().conn("ikev2=no", "auto=add").ipsecConf()), CheckStatus.STOP_IKE);
    assertThat(run.responderLog()).containsExactly("packet from 192.0.2.1:500: responding to IKE_SA_INIT "
        + "request with Message ID 0 with unencrypted notification NO_PROPOSAL_CHOSEN, no suitable connection found "
        + "with IKEv2 policy");
    assertThat(run.initiatorLog()).containsSubsequence("initiating IKE_SA site[1] to 192.0.2.2",
        "parsed IKE_SA_INIT response 0 [ N(NO_PROP) ]", "received NO_PROPOSAL_CHOSEN notify error");
  }

  @Test
  void strongswanPrefersTheExactPeerAddressThenASubnetThenAny() {
    String three = responderConn("any", "%any") + responderConn("subnet", "192.0.2.0/24")
        + responderConn("exact", "192.0.2.1") + responderConn("elsewhere", "198.51.100.7") + SECRETS;
    CheckRun run = run(swanctlLeft(), hosts.host("right").ipsecConf(three).peer("strongswan-6.0.6", "any"),
        CheckStatus.CONTINUE);
    assertThat(run.exchange().responderCandidates()).extracting(c -> c.name()).containsExactly("exact", "subnet", "any");
    assertThat(run.exchange().responderConnection().name()).isEqualTo("exact");
  }

  @Test
  void libreswanTriesConnectionsNamingThePeerBeforeTemplates() {
    String two = responderConn("template", "%any") + responderConn("exact", "192.0.2.1") + SECRETS;
    CheckRun run = run(swanctlLeft(), hosts.host("right").ipsecConf(two).peer("libreswan-5.2", "template"),
        CheckStatus.CONTINUE);
    assertThat(run.exchange().responderCandidates()).extracting(c -> c.name()).containsExactly("exact", "template");
  }

  @Test
  void aRoadWarriorWithUnknownSourceReachesTheTemplate() {
    Peer client = hosts.swanctl("left", "strongswan-6.0.6",
        SiteFragment.left().addresses("%any", "192.0.2.2").child("start_action = start").swanctl());
    String server = responderConn("peer-b", "198.51.100.7") + responderConn("roadwarriors", "%any") + SECRETS;
    CheckRun run = run(client, hosts.host("right").ipsecConf(server).peer("strongswan-6.0.6", "roadwarriors"),
        CheckStatus.CONTINUE);
    assertThat(run.exchange().responderCandidates()).extracting(c -> c.name()).containsExactly("roadwarriors");
    assertThat(run.responderLog()).containsExactly("<ip> is initiating IKE_SA roadwarriors[1]");
  }
}
