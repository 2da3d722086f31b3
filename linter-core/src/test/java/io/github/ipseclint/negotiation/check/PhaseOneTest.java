// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.negotiation.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ipseclint.negotiation.Peer;
import io.github.ipseclint.negotiation.SiteFragment;
import io.github.ipseclint.negotiation.TestHosts;
import io.github.ipseclint.negotiation.exchange.CheckStatus;
import io.github.ipseclint.negotiation.outcome.FailureClass;
import io.github.ipseclint.negotiation.outcome.Notify;
import io.github.ipseclint.negotiation.outcome.Phase;
import io.github.ipseclint.negotiation.wording.StrongswanWording;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** IKEv1 phase 1: Main and Aggressive Mode proposals, mode and method, PSK (negotiation.md §3.4, §11.2; C23). */
class PhaseOneTest {
  private static final String ACCEPT = "config setup\n    ikev1-policy=accept\n\n";
  private static final String LS_AGGRESSIVE = "ike=aes256-sha2_256-modp2048\nesp=aes256-sha2_256-modp2048\n"
      + "ikev2=no\naggressive=yes\nauto=start";
  private static final String SW_AGGRESSIVE = "keyexchange=ikev1\nike=aes256-sha256-modp2048!\n"
      + "esp=aes256-sha256-modp2048!\naggressive=yes\nauto=add";
  private static final String AGGRESSIVE_PSK_ALLOWED =
      "charon {\n  i_dont_care_about_security_and_use_aggressive_mode_psk = yes\n}\n";

  @RegisterExtension
  final TestHosts hosts = new TestHosts();

  private static CheckRun run(Peer initiator, Peer responder, CheckStatus expected) {
    CheckRun run = CheckRun.phaseOne(initiator, responder);
    assertThat(run.status()).isEqualTo(expected);
    return run;
  }

  private Peer libreswanAggressive() {
    return hosts.ipsecConf("left", "libreswan-4.10", ACCEPT + SiteFragment.left().conn(LS_AGGRESSIVE).ipsecConf());
  }

  /** A strongSwan 5.9.8 responder that allows Aggressive Mode with PSK in strongswan.conf. */
  private Peer strongswanAllowingAggressivePsk(SiteFragment responder) {
    return hosts.host("right").ipsecConf(responder.ipsecConf()).strongswanConf(AGGRESSIVE_PSK_ALLOWED)
        .peer("strongswan-5.9.8");
  }

  @Test
  void strongswanRefusesAggressiveModePskByDefault() {
    CheckRun run = run(libreswanAggressive(),
        hosts.ipsecConf("right", "strongswan-5.9.8", SiteFragment.right().conn(SW_AGGRESSIVE).ipsecConf()),
        CheckStatus.STOP_IKE);
    assertThat(run.exchange().failure().orElseThrow().phase()).isEqualTo(Phase.IKE_AUTH);
    assertThat(run.exchange().failure().orElseThrow().exchange()).isEqualTo("Aggressive Mode");
    assertThat(run.exchange().failure().orElseThrow().notification()).contains(Notify.AUTHENTICATION_FAILED);
    assertThat(run.initiatorLog()).containsSubsequence(
        "IKEv1 Aggressive Mode with PSK is vulnerable to dictionary attacks and is cracked on large scale by TLA's",
        "initiating IKEv1 Aggressive Mode connection", "sent Aggressive Mode request",
        "ignoring informational payload AUTHENTICATION_FAILED, msgid=00000000, length=28",
        "received and ignored notification payload: AUTHENTICATION_FAILED",
        "STATE_AGGR_I1: <t> second timeout exceeded after <n> retransmits.  No response (or no acceptable response) "
            + "to our first IKEv1 message");
    assertThat(run.responderLog()).containsSubsequence("192.0.2.1 is initiating a Aggressive Mode IKE_SA",
        "selected proposal: IKE:AES_CBC_256/HMAC_SHA2_256_128/PRF_HMAC_SHA2_256/MODP_2048",
        "Aggressive Mode PSK disabled for security reasons");
    assertThat(run.exchange().disagreements().get(0).failureClass()).isEqualTo(FailureClass.AUTH_METHOD);
  }

  @Test
  void theCharonOptionAllowsAggressiveModePsk() {
    CheckRun run = run(libreswanAggressive(), strongswanAllowingAggressivePsk(SiteFragment.right().conn(SW_AGGRESSIVE)),
        CheckStatus.CONTINUE);
    assertThat(StrongswanWording.suite(run.exchange().ikeSuite().orElseThrow()))
        .isEqualTo("AES_CBC_256/HMAC_SHA2_256_128/PRF_HMAC_SHA2_256/MODP_2048");
    assertThat(run.initiatorLog()).contains(
        "IKE SA established {auth=PRESHARED_KEY cipher=AES_CBC_256 integ=HMAC_SHA2_256 group=MODP2048}");
    assertThat(run.responderLog()).contains(
        "IKE_SA site[1] established between 192.0.2.2[right]...192.0.2.1[left]");
  }

  @Test
  void strongswanNeedsAggressiveYesOnItsConfigToo() {
    CheckRun run = run(libreswanAggressive(),
        strongswanAllowingAggressivePsk(SiteFragment.right().conn(SW_AGGRESSIVE.replace("aggressive=yes\n", ""))),
        CheckStatus.STOP_IKE);
    assertThat(run.responderLog()).contains(
        "found 1 matching config, but none allows pre-shared key authentication using Aggressive Mode");
    assertThat(run.exchange().disagreements().get(0).failureClass()).isEqualTo(FailureClass.AUTH_METHOD);
  }

  @Test
  void mainModeFromStrongswanToLibreswanAcceptingIkev1() {
    Peer initiator = hosts.ipsecConf("left", "strongswan-5.9.8", SiteFragment.left()
        .conn("keyexchange=ikev1", "ike=aes256-sha256-modp2048!", "esp=aes256-sha256-modp2048!", "auto=start").ipsecConf());
    CheckRun run = run(initiator, hosts.ipsecConf("right", "libreswan-4.10",
        ACCEPT + SiteFragment.right().conn("ikev2=no", "auto=add").ipsecConf()), CheckStatus.CONTINUE);
    assertThat(StrongswanWording.suite(run.exchange().ikeSuite().orElseThrow())).endsWith("/MODP_2048");
    assertThat(run.initiatorLog()).containsSubsequence(
        "selected proposal: IKE:AES_CBC_256/HMAC_SHA2_256_128/PRF_HMAC_SHA2_256/MODP_2048",
        "IKE_SA site[1] established between 192.0.2.1[left]...192.0.2.2[right]");
    assertThat(run.responderLog()).containsExactly(
        "IKE SA established {auth=PRESHARED_KEY cipher=AES_CBC_256 integ=HMAC_SHA2_256 group=MODP2048}");
  }

  @Test
  void libreswanRefusesAPhaseOneTransformItDoesNotHave() {
    Peer initiator = hosts.ipsecConf("left", "strongswan-5.9.8",
        SiteFragment.left().conn("keyexchange=ikev1", "ike=aes128-sha1-modp1024!", "auto=start").ipsecConf());
    CheckRun run = run(initiator, hosts.ipsecConf("right", "libreswan-4.10",
        ACCEPT + SiteFragment.right().conn("ikev2=no", "ike=aes256-sha2_256-modp2048", "auto=add").ipsecConf()),
        CheckStatus.STOP_IKE);
    assertThat(run.responderLog()).containsExactly("no acceptable Oakley Transform");
    assertThat(run.initiatorLog()).contains("received NO_PROPOSAL_CHOSEN error notify");
    assertThat(run.exchange().failure().orElseThrow().exchange()).isEqualTo("Main Mode");
  }

  @Test
  void differentPreSharedKeysFailWhenTheResponderDecryptsMessageFive() {
    Peer initiator = hosts.ipsecConf("left", "libreswan-4.10",
        ACCEPT + SiteFragment.left().conn("ikev2=no", "ike=aes256-sha2_256-modp2048", "auto=start").ipsecConf());
    CheckRun run = run(initiator, hosts.ipsecConf("right", "strongswan-5.9.8", SiteFragment.right()
        .conn("keyexchange=ikev1", "ike=aes256-sha256-modp2048!", "auto=add").psk("@right @left", "other").ipsecConf()),
        CheckStatus.STOP_IKE);
    assertThat(run.responderLog()).containsSubsequence("invalid ID_V1 payload length, decryption failed?",
        "message parsing failed", "ID_PROT request with message ID 0 processing failed");
    assertThat(run.exchange().disagreements().get(0).failureClass()).isEqualTo(FailureClass.PSK);
    assertThat(run.exchange().disagreements().get(0).explanation()).doesNotContain("s3cret", "other");
  }

  @Test
  void differentKeysInAggressiveModeShowOnTheInitiator() {
    CheckRun run = run(libreswanAggressive(),
        strongswanAllowingAggressivePsk(SiteFragment.right().conn(SW_AGGRESSIVE).psk("@right @left", "other")),
        CheckStatus.STOP_IKE);
    assertThat(run.exchange().failure().orElseThrow().notification()).contains(Notify.AUTHENTICATION_FAILED);
    assertThat(run.exchange().disagreements().get(0).failureClass()).isEqualTo(FailureClass.PSK);
    assertThat(run.exchange().disagreements().get(0).initiatorSetting().orElseThrow().file().displayPath())
        .endsWith("ipsec.secrets");
  }

  @Test
  void libreswanPrunesSeveralAggressiveModeGroupsToOne() {
    Peer initiator = hosts.ipsecConf("left", "libreswan-4.10", ACCEPT + SiteFragment.left().conn(
        "ike=aes256-sha2_256-modp2048,aes256-sha2_256-modp3072", "ikev2=no", "aggressive=yes", "auto=start").ipsecConf());
    PhaseOneOffer offer = PhaseOneOffer.of(initiator, PhaseOneMode.AGGRESSIVE);
    assertThat(offer.keGroup().orElseThrow().ianaName()).isEqualTo("MODP_3072");
    assertThat(offer.warnings()).containsExactly("multiple DH groups in aggressive mode can cause interop failure",
        "Deleting previous proposal in the hopes of selecting DH 2 or DH 5");
  }
}
