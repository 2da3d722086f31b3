// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.negotiation.check;

import static io.github.ipseclint.negotiation.TestDaemons.texts;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.ipseclint.negotiation.Peer;
import io.github.ipseclint.negotiation.Side;
import io.github.ipseclint.negotiation.TestDaemons;
import io.github.ipseclint.negotiation.exchange.Check;
import io.github.ipseclint.negotiation.exchange.CheckStatus;
import io.github.ipseclint.negotiation.exchange.Exchange;
import io.github.ipseclint.negotiation.outcome.FailureClass;
import io.github.ipseclint.negotiation.outcome.Notify;
import io.github.ipseclint.negotiation.outcome.Phase;
import io.github.ipseclint.negotiation.wording.StrongswanWording;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** IKEv1 phase 1: Main and Aggressive Mode proposals, mode and method, PSK (negotiation.md §3.4, §11.2; C23). */
class PhaseOneTest {
  /** Phase 1 as SetupProcedure runs it: first packet, proposal, then keys, configuration and hashes. */
  private static final List<Check> PHASE_ONE = List.of(new FirstPacketCheck(), new PhaseOneProposalCheck(),
      new MainModeKeyCheck(), new Ikev1PeerConfigCheck(), new Ikev1AuthenticationCheck());
  private static final String ACCEPT = "config setup\n    ikev1-policy=accept\n\n";
  private static final String LS_AGGRESSIVE = "ike=aes256-sha2_256-modp2048\nesp=aes256-sha2_256-modp2048\n"
      + "ikev2=no\naggressive=yes\nauto=start";
  private static final String SW_AGGRESSIVE = "keyexchange=ikev1\nike=aes256-sha256-modp2048!\n"
      + "esp=aes256-sha256-modp2048!\naggressive=yes\nauto=add";

  @TempDir
  Path dir;

  private Peer host(String name, String target, String conf, String secrets, String strongswanConf) {
    Map<String, String> files = new HashMap<>(Map.of("ipsec.conf", conf, "ipsec.secrets", secrets));
    if (strongswanConf != null) {
      files.put("strongswan.conf", strongswanConf);
    }
    return TestDaemons.peer(dir.resolve(name), target, files);
  }

  private static Exchange run(Peer initiator, Peer responder, CheckStatus expected) {
    Exchange exchange = new Exchange(initiator, responder, Side.LEFT);
    assertThat(TestDaemons.run(exchange, PHASE_ONE)).isEqualTo(expected);
    return exchange;
  }

  private Peer libreswanAggressive() {
    return host("left", "libreswan-4.10", ACCEPT + Fragments.libreswan(true, LS_AGGRESSIVE), Fragments.secrets(true), null);
  }

  @Test
  void strongswanRefusesAggressiveModePskByDefault() {
    Exchange exchange = run(libreswanAggressive(),
        host("right", "strongswan-5.9.8", Fragments.stroke(false, SW_AGGRESSIVE), Fragments.secrets(false), null),
        CheckStatus.STOP_IKE);
    assertThat(exchange.failure().orElseThrow().phase()).isEqualTo(Phase.IKE_AUTH);
    assertThat(exchange.failure().orElseThrow().exchange()).isEqualTo("Aggressive Mode");
    assertThat(exchange.failure().orElseThrow().notification()).contains(Notify.AUTHENTICATION_FAILED);
    assertThat(texts(exchange.initiatorLog())).containsSubsequence(
        "IKEv1 Aggressive Mode with PSK is vulnerable to dictionary attacks and is cracked on large scale by TLA's",
        "initiating IKEv1 Aggressive Mode connection", "sent Aggressive Mode request",
        "ignoring informational payload AUTHENTICATION_FAILED, msgid=00000000, length=28",
        "received and ignored notification payload: AUTHENTICATION_FAILED",
        "STATE_AGGR_I1: <t> second timeout exceeded after <n> retransmits.  No response (or no acceptable response) "
            + "to our first IKEv1 message");
    assertThat(texts(exchange.responderLog())).containsSubsequence("192.0.2.1 is initiating a Aggressive Mode IKE_SA",
        "selected proposal: IKE:AES_CBC_256/HMAC_SHA2_256_128/PRF_HMAC_SHA2_256/MODP_2048",
        "Aggressive Mode PSK disabled for security reasons");
    assertThat(exchange.disagreements().get(0).failureClass()).isEqualTo(FailureClass.AUTH_METHOD);
  }

  @Test
  void theCharonOptionAllowsAggressiveModePsk() {
    Exchange exchange = run(libreswanAggressive(),
        host("right", "strongswan-5.9.8", Fragments.stroke(false, SW_AGGRESSIVE), Fragments.secrets(false),
            "charon {\n  i_dont_care_about_security_and_use_aggressive_mode_psk = yes\n}\n"),
        CheckStatus.CONTINUE);
    assertThat(StrongswanWording.suite(exchange.ikeSuite().orElseThrow()))
        .isEqualTo("AES_CBC_256/HMAC_SHA2_256_128/PRF_HMAC_SHA2_256/MODP_2048");
    assertThat(texts(exchange.initiatorLog())).contains(
        "IKE SA established {auth=PRESHARED_KEY cipher=AES_CBC_256 integ=HMAC_SHA2_256 group=MODP2048}");
    assertThat(texts(exchange.responderLog())).contains(
        "IKE_SA site[1] established between 192.0.2.2[right]...192.0.2.1[left]");
  }

  @Test
  void strongswanNeedsAggressiveYesOnItsConfigToo() {
    Exchange exchange = run(libreswanAggressive(),
        host("right", "strongswan-5.9.8", Fragments.stroke(false, SW_AGGRESSIVE.replace("aggressive=yes\n", "")),
            Fragments.secrets(false), "charon {\n  i_dont_care_about_security_and_use_aggressive_mode_psk = yes\n}\n"),
        CheckStatus.STOP_IKE);
    assertThat(texts(exchange.responderLog())).contains(
        "found 1 matching config, but none allows pre-shared key authentication using Aggressive Mode");
    assertThat(exchange.disagreements().get(0).failureClass()).isEqualTo(FailureClass.AUTH_METHOD);
  }

  @Test
  void mainModeFromStrongswanToLibreswanAcceptingIkev1() {
    Peer initiator = host("left", "strongswan-5.9.8", Fragments.stroke(true,
        "keyexchange=ikev1\nike=aes256-sha256-modp2048!\nesp=aes256-sha256-modp2048!\nauto=start"),
        Fragments.secrets(true), null);
    Exchange exchange = run(initiator, host("right", "libreswan-4.10",
        ACCEPT + Fragments.libreswan(false, "ikev2=no\nauto=add"), Fragments.secrets(false), null), CheckStatus.CONTINUE);
    assertThat(StrongswanWording.suite(exchange.ikeSuite().orElseThrow())).endsWith("/MODP_2048");
    assertThat(texts(exchange.initiatorLog())).containsSubsequence(
        "selected proposal: IKE:AES_CBC_256/HMAC_SHA2_256_128/PRF_HMAC_SHA2_256/MODP_2048",
        "IKE_SA site[1] established between 192.0.2.1[left]...192.0.2.2[right]");
    assertThat(texts(exchange.responderLog())).containsExactly(
        "IKE SA established {auth=PRESHARED_KEY cipher=AES_CBC_256 integ=HMAC_SHA2_256 group=MODP2048}");
  }

  @Test
  void libreswanRefusesAPhaseOneTransformItDoesNotHave() {
    Peer initiator = host("left", "strongswan-5.9.8", Fragments.stroke(true,
        "keyexchange=ikev1\nike=aes128-sha1-modp1024!\nauto=start"), Fragments.secrets(true), null);
    Exchange exchange = run(initiator, host("right", "libreswan-4.10",
        ACCEPT + Fragments.libreswan(false, "ikev2=no\nike=aes256-sha2_256-modp2048\nauto=add"), Fragments.secrets(false),
        null), CheckStatus.STOP_IKE);
    assertThat(texts(exchange.responderLog())).containsExactly("no acceptable Oakley Transform");
    assertThat(texts(exchange.initiatorLog())).contains("received NO_PROPOSAL_CHOSEN error notify");
    assertThat(exchange.failure().orElseThrow().exchange()).isEqualTo("Main Mode");
  }

  @Test
  void differentPreSharedKeysFailWhenTheResponderDecryptsMessageFive() {
    Peer initiator = host("left", "libreswan-4.10", ACCEPT + Fragments.libreswan(true,
        "ikev2=no\nike=aes256-sha2_256-modp2048\nauto=start"), Fragments.secrets(true), null);
    Exchange exchange = run(initiator, host("right", "strongswan-5.9.8",
        Fragments.stroke(false, "keyexchange=ikev1\nike=aes256-sha256-modp2048!\nauto=add"),
        "@right @left : PSK \"other\"\n", null), CheckStatus.STOP_IKE);
    assertThat(texts(exchange.responderLog())).containsSubsequence("invalid ID_V1 payload length, decryption failed?",
        "message parsing failed", "ID_PROT request with message ID 0 processing failed");
    assertThat(exchange.disagreements().get(0).failureClass()).isEqualTo(FailureClass.PSK);
    assertThat(exchange.disagreements().get(0).explanation()).doesNotContain("s3cret", "other");
  }

  @Test
  void differentKeysInAggressiveModeShowOnTheInitiator() {
    Exchange exchange = run(libreswanAggressive(),
        host("right", "strongswan-5.9.8", Fragments.stroke(false, SW_AGGRESSIVE), "@right @left : PSK \"other\"\n",
            "charon {\n  i_dont_care_about_security_and_use_aggressive_mode_psk = yes\n}\n"),
        CheckStatus.STOP_IKE);
    assertThat(exchange.failure().orElseThrow().notification()).contains(Notify.AUTHENTICATION_FAILED);
    assertThat(exchange.disagreements().get(0).failureClass()).isEqualTo(FailureClass.PSK);
    assertThat(exchange.disagreements().get(0).initiatorSetting().orElseThrow().file().displayPath())
        .endsWith("ipsec.secrets");
  }

  @Test
  void libreswanPrunesSeveralAggressiveModeGroupsToOne() {
    Peer initiator = host("left", "libreswan-4.10", ACCEPT + Fragments.libreswan(true,
        "ike=aes256-sha2_256-modp2048,aes256-sha2_256-modp3072\nikev2=no\naggressive=yes\nauto=start"),
        Fragments.secrets(true), null);
    PhaseOneOffer offer = PhaseOneOffer.of(initiator, PhaseOneMode.AGGRESSIVE);
    assertThat(offer.keGroup().orElseThrow().ianaName()).isEqualTo("MODP_3072");
    assertThat(offer.warnings()).containsExactly("multiple DH groups in aggressive mode can cause interop failure",
        "Deleting previous proposal in the hopes of selecting DH 2 or DH 5");
  }
}
