// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.negotiation.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ipseclint.negotiation.Peer;
import io.github.ipseclint.negotiation.SiteFragment;
import io.github.ipseclint.negotiation.TestHosts;
import io.github.ipseclint.negotiation.outcome.FailureClass;
import io.github.ipseclint.negotiation.outcome.Notify;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** IKEv1 phase-1 identities and pre-shared keys (cases C22, C23 and variations). */
class Ikev1AuthTest {
  @RegisterExtension
  final TestHosts hosts = new TestHosts();

  /** A strongSwan 5.9.8 end speaking IKEv1 with the phase-1 proposal both daemons have. */
  private Peer strongswan(String host, SiteFragment end, String... settings) {
    return hosts.ipsecConf(host, "strongswan-5.9.8", ikev1(end, settings));
  }

  /** The same, with charon's option that allows Aggressive Mode with a pre-shared key. */
  private Peer strongswanAllowingAggressivePsk(String host, SiteFragment end, String... settings) {
    return hosts.host(host).ipsecConf(ikev1(end, settings))
        .strongswanConf("charon {\n  i_dont_care_about_security_and_use_aggressive_mode_psk = yes\n}\n")
        .peer("strongswan-5.9.8");
  }

  private static String ikev1(SiteFragment end, String... settings) {
    return end.conn("keyexchange=ikev1", "ike=aes256-sha256-modp2048!", "esp=aes256-sha256-modp2048!").conn(settings)
        .ipsecConf();
  }

  /** A Libreswan 4.10 end that accepts IKEv1 and speaks nothing else. */
  private Peer libreswan(String host, SiteFragment end, String... settings) {
    return hosts.ipsecConf(host, "libreswan-4.10", "config setup\n    ikev1-policy=accept\n\n" + end.conn(
        "ike=aes256-sha2_256-modp2048", "esp=aes256-sha2_256-modp2048", "ikev2=no").conn(settings).ipsecConf());
  }

  @Test
  void mainModeWithTheSameKeyEstablishesBothWays() {
    Peer strongswan = strongswan("sw", SiteFragment.left(), "auto=start");
    Peer libreswan = libreswan("ls", SiteFragment.right(), "auto=add");

    CheckRun forward = CheckRun.phaseOneAuth(strongswan, libreswan);
    CheckRun backward = CheckRun.phaseOneAuth(libreswan, strongswan);

    assertThat(forward.exchange().failure()).isEmpty();
    assertThat(forward.initiatorLog())
        .containsExactly("IKE_SA site[1] established between 192.0.2.1[left]...192.0.2.2[right]");
    assertThat(forward.responderLog()).containsExactly(
        "IKE SA established {auth=PRESHARED_KEY cipher=<cipher> integ=<integ> group=<group>}");
    assertThat(backward.exchange().failure()).isEmpty();
    assertThat(backward.responderLog())
        .containsExactly("IKE_SA site[1] established between 192.0.2.1[left]...192.0.2.2[right]");
  }

  @Test
  void mainModeKeysThatDifferMakeMessageFiveUndecryptable() {
    Peer libreswan = libreswan("ls", SiteFragment.right(), "auto=start");
    Peer strongswan = strongswan("sw", SiteFragment.left().psk("@left @right", "different"), "auto=add");

    CheckRun run = CheckRun.phaseOneAuth(libreswan, strongswan);

    assertThat(run.exchange().failure().orElseThrow().notification()).contains(Notify.PAYLOAD_MALFORMED);
    assertThat(run.exchange().failure().orElseThrow().exchange()).isEqualTo("Main Mode");
    assertThat(run.responderLog()).containsExactly("invalid ID_V1 payload length, decryption failed?",
        "message parsing failed", "ID_PROT request with message ID 0 processing failed");
    assertThat(run.initiatorLog()).containsSubsequence(
        "ignoring informational payload PAYLOAD_MALFORMED, msgid=00000000, length=28",
        "received and ignored notification payload: PAYLOAD_MALFORMED");
    assertThat(run.exchange().disagreements().get(0).failureClass()).isEqualTo(FailureClass.PSK);
  }

  @Test
  void mainModeResponderFallsBackToTheAddressesBeforeItKnowsTheId() {
    Peer initiator = strongswan("left", SiteFragment.left(), "auto=start");
    Peer byAddress = strongswan("right", SiteFragment.right().psk("192.0.2.2 192.0.2.1", "s3cret"), "auto=add");
    Peer noKey = strongswan("none", SiteFragment.right().psk("@other", "s3cret"), "auto=add");

    assertThat(CheckRun.phaseOneAuth(initiator, byAddress).exchange().failure()).isEmpty();
    CheckRun failed = CheckRun.phaseOneAuth(initiator, noKey);
    assertThat(failed.responderLog()).containsExactly("no shared key found for 192.0.2.2 - 192.0.2.1");
    assertThat(failed.exchange().disagreements().get(0).failureClass()).isEqualTo(FailureClass.PSK);
  }

  @Test
  void mainModeInitiatorAlsoFallsBackToTheAddresses() {
    Peer byAddress = strongswan("left", SiteFragment.left().psk("192.0.2.1", "s3cret"), "auto=start");
    Peer responder = strongswan("right", SiteFragment.right(), "auto=add");
    Peer noKey = strongswan("none", SiteFragment.left().psk("192.0.2.9", "s3cret"), "auto=start");

    CheckRun found = CheckRun.phaseOneAuth(byAddress, responder);
    assertThat(found.exchange().failure()).isEmpty();
    assertThat(found.initiatorLog()).startsWith("no shared key found for 'left'[192.0.2.1] - 'right'[192.0.2.2]");

    CheckRun failed = CheckRun.phaseOneAuth(noKey, responder);
    assertThat(failed.initiatorLog()).containsExactly(
        "no shared key found for 'left'[192.0.2.1] - 'right'[192.0.2.2]", "no shared key found for 192.0.2.1 - 192.0.2.2");
    assertThat(failed.exchange().disagreements().get(0).failureClass()).isEqualTo(FailureClass.PSK);
  }

  @Test
  void aKeyByAnAddressOnlyRunTimeKnowsIsNotDecided() {
    // strongSwan's ikev1-stroke/rw-psk-ipv4 shape: host names for the outer addresses, secrets by address
    Peer client = hosts.ipsecConf("client", "strongswan-5.9.8", "conn home\n    left=client.example.org\n"
        + "    right=gw.example.org\n    rightsubnet=10.1.0.0/16\n    authby=secret\n    keyexchange=ikev1\n"
        + "    auto=start\n# ipsec.secrets\n192.0.2.100 : PSK \"s3cret\"\n");
    Peer gateway = hosts.ipsecConf("gateway", "strongswan-5.9.8", "conn rw\n    left=gw.example.org\n"
        + "    leftsubnet=10.1.0.0/16\n    right=client.example.org\n    authby=secret\n    keyexchange=ikev1\n"
        + "    auto=add\n# ipsec.secrets\n192.0.2.1 192.0.2.100 : PSK \"s3cret\"\n");

    assertThat(CheckRun.phaseOneAuth(client, gateway).exchange().failure()).isEmpty();

    // Keys by name only: an address look-up never matches an FQDN, so the responder has none.
    Peer byName = hosts.ipsecConf("byname", "strongswan-5.9.8", "conn rw\n    left=gw.example.org\n"
        + "    leftsubnet=10.1.0.0/16\n    right=%any\n    authby=secret\n    keyexchange=ikev1\n"
        + "    auto=add\n# ipsec.secrets\nother.example.org : PSK \"s3cret\"\n");
    CheckRun failed = CheckRun.phaseOneAuth(client, byName);
    assertThat(failed.exchange().failure().orElseThrow().notification()).contains(Notify.AUTHENTICATION_FAILED);
    assertThat(failed.responderLog()).containsExactly("no shared key found for <ip> - <ip>");
  }

  @Test
  void strongswanRefusesAggressiveModePskUnlessAllowed() {
    Peer libreswan = libreswan("ls", SiteFragment.left(), "aggressive=yes", "auto=start");
    Peer strongswan = strongswan("sw", SiteFragment.right(), "aggressive=yes", "auto=add");

    CheckRun refused = CheckRun.phaseOneAuth(libreswan, strongswan);
    assertThat(refused.responderLog()).containsExactly("Aggressive Mode PSK disabled for security reasons");
    assertThat(refused.initiatorLog()).containsSubsequence(
        "ignoring informational payload AUTHENTICATION_FAILED, msgid=00000000, length=28",
        "received and ignored notification payload: AUTHENTICATION_FAILED",
        "STATE_AGGR_I1: <t> second timeout exceeded after <n> retransmits.  No response (or no acceptable"
            + " response) to our first IKEv1 message");
    assertThat(refused.exchange().failure().orElseThrow().notification()).contains(Notify.AUTHENTICATION_FAILED);
    assertThat(refused.exchange().failure().orElseThrow().exchange()).isEqualTo("Aggressive Mode");

    Peer allowing = strongswanAllowingAggressivePsk("allowing", SiteFragment.right(), "aggressive=yes", "auto=add");
    assertThat(CheckRun.phaseOneAuth(libreswan, allowing).exchange().failure()).isEmpty();

    Peer mainOnly = strongswanAllowingAggressivePsk("main", SiteFragment.right(), "auto=add");
    CheckRun noConfig = CheckRun.phaseOneAuth(libreswan, mainOnly);
    assertThat(noConfig.responderLog()).containsExactly(
        "found 1 matching config, but none allows pre-shared key authentication using Aggressive Mode");
  }

  @Test
  void aggressiveModeKeysThatDifferFail() {
    Peer libreswan = libreswan("ls", SiteFragment.left(), "aggressive=yes", "auto=start");
    Peer strongswan = strongswanAllowingAggressivePsk("sw", SiteFragment.right().psk("@right @left", "other"),
        "aggressive=yes", "auto=add");

    CheckRun run = CheckRun.phaseOneAuth(libreswan, strongswan);

    assertThat(run.exchange().failure()).isPresent();
    assertThat(run.exchange().disagreements().get(0).failureClass()).isEqualTo(FailureClass.PSK);
  }

  @Test
  void strongswanInitiatorChecksTheResponderId() {
    Peer strongswan = strongswan("sw", SiteFragment.left().psk("@left", "s3cret"), "auto=start");
    Peer libreswan = libreswan("ls", SiteFragment.right().ids("@gw", "@left"), "auto=add");

    CheckRun run = CheckRun.phaseOneAuth(strongswan, libreswan);

    assertThat(run.initiatorLog()).containsExactly("IDr 'gw' does not match to 'right'");
    assertThat(run.exchange().disagreements().get(0).failureClass()).isEqualTo(FailureClass.ID);
  }
}
