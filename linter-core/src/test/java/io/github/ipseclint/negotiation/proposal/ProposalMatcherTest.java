// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.negotiation.proposal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ipseclint.model.crypto.Proposal;
import io.github.ipseclint.negotiation.Peer;
import io.github.ipseclint.negotiation.SiteFragment;
import io.github.ipseclint.negotiation.TestHosts;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Responder selection per negotiation.md §3.1 and §3.2, on proposals read from real config text. */
class ProposalMatcherTest {
  @RegisterExtension
  final TestHosts hosts = new TestHosts();
  private int written;

  @ParameterizedTest(name = "{0} selects {1}")
  @CsvSource({"libreswan-5.3.2, AES_GCM_16_256/PRF_HMAC_SHA2_512/ECP_256",
      "libreswan-4.15, AES_GCM_16_256/PRF_HMAC_SHA2_512/MODP_2048"})
  void libreswanTakesItsOwnFirstProposalAndGroupAgainstStrongswanDefaults(String target, String selected) {
    Peer strongswan = strongswan("", "strongswan-6.0.6");
    Peer libreswan = libreswan("", target);

    Optional<ProposalMatch> match = ProposalMatcher.forResponder(libreswan, strongswan)
        .select(ike(strongswan), ike(libreswan), KeHandling.WITH_KE);

    assertThat(match).map(m -> text(m.suite())).contains(selected);
    assertThat(match.get().configuredIndex()).isZero();
  }

  @Test
  void strongswanResponderFollowsItsConfiguredOrderByDefault() {
    Peer initiator = libreswan("ike=aes256-sha2_256;dh19,aes256-sha2_256;dh20", "libreswan-5.3.2");
    Peer responder = strongswan("ike=aes256-sha256-ecp384,aes256-sha256-ecp256!", "strongswan-6.0.6");

    Optional<ProposalMatch> match = ProposalMatcher.forResponder(responder, initiator)
        .select(ike(initiator), ike(responder), KeHandling.WITH_KE);

    assertThat(match).map(m -> text(m.suite())).contains("AES_CBC_256/HMAC_SHA2_256_128/PRF_HMAC_SHA2_256/ECP_384");
    assertThat(match.get().receivedIndex()).isEqualTo(1);
  }

  @Test
  void strongswanResponderFollowsTheInitiatorWhenConfiguredProposalsAreNotPreferred() {
    Peer initiator = libreswan("ike=aes256-sha2_256;dh19,aes256-sha2_256;dh20", "libreswan-5.3.2");
    Peer responder = strongswan("ike=aes256-sha256-ecp384,aes256-sha256-ecp256!", "strongswan-6.0.6");
    ProposalMatcher matcher = new StrongswanProposalMatcher(false, false);

    Optional<ProposalMatch> match = matcher.select(ike(initiator), ike(responder), KeHandling.WITH_KE);

    assertThat(match).map(m -> text(m.suite())).contains("AES_CBC_256/HMAC_SHA2_256_128/PRF_HMAC_SHA2_256/ECP_256");
  }

  @Test
  void keyLengthsMustBeEqual() {
    Peer initiator = strongswan("ike=aes128-sha256-modp2048!", "strongswan-6.0.6");
    Peer responder = libreswan("ike=aes256-sha2_256-modp2048", "libreswan-5.3.2");

    assertThat(ProposalMatcher.forResponder(responder, initiator)
        .select(ike(initiator), ike(responder), KeHandling.WITH_KE)).isEmpty();
  }

  @Test
  void libreswanCipherWithoutLengthMatchesEitherLength() {
    Peer initiator = strongswan("ike=aes128-sha256-modp2048!", "strongswan-6.0.6");
    Peer responder = libreswan("ike=aes-sha2_256-modp2048", "libreswan-5.3.2");

    assertThat(ProposalMatcher.forResponder(responder, initiator)
        .select(ike(initiator), ike(responder), KeHandling.WITH_KE))
        .map(m -> text(m.suite())).contains("AES_CBC_128/HMAC_SHA2_256_128/PRF_HMAC_SHA2_256/MODP_2048");
  }

  @Test
  void strongswanEspKeIsOptionalOnlyThroughNone() {
    Peer withPfs = strongswan("esp=aes256-sha256-ecp256!", "strongswan-6.0.6");
    Peer withOptionalPfs = strongswan("esp=aes256-sha256-ecp256-none!", "strongswan-6.0.6");
    Peer withoutPfs = strongswan("esp=aes256-sha256!", "strongswan-6.0.6");
    ProposalMatcher matcher = ProposalMatcher.forResponder(withoutPfs, withPfs);

    assertThat(matcher.select(esp(withPfs), esp(withoutPfs), KeHandling.WITH_KE)).isEmpty();
    assertThat(matcher.select(esp(withOptionalPfs), esp(withoutPfs), KeHandling.WITH_KE))
        .map(m -> text(m.suite())).contains("AES_CBC_256/HMAC_SHA2_256_128/NO_EXT_SEQ");
    assertThat(matcher.select(esp(withPfs), esp(withoutPfs), KeHandling.SKIP_KE))
        .map(m -> text(m.suite())).contains("AES_CBC_256/HMAC_SHA2_256_128/NO_EXT_SEQ");
  }

  @Test
  void esnIsMatchedLikeAnyOtherType() {
    Peer esn = strongswan("esp=aes256-sha256-esn!", "strongswan-6.0.6");
    Peer noEsn = strongswan("esp=aes256-sha256!", "strongswan-6.0.6");

    assertThat(ProposalMatcher.forResponder(noEsn, esn).select(esp(esn), esp(noEsn), KeHandling.SKIP_KE)).isEmpty();
  }

  private Peer strongswan(String option, String target) {
    return hosts.ipsecConf("sw" + written++, target,
        SiteFragment.left().conn("keyexchange=ikev2", option, "auto=start").ipsecConf());
  }

  private Peer libreswan(String option, String target) {
    return hosts.ipsecConf("ls" + written++, target, SiteFragment.right().conn(option, "auto=add").ipsecConf());
  }

  private static List<Proposal> ike(Peer peer) {
    return peer.connection().ikeProposals().value().proposals();
  }

  private static List<Proposal> esp(Peer peer) {
    return peer.connection().children().get(0).proposals().get(0).value().proposals();
  }

  private static String text(Proposal suite) {
    return suite.transforms().stream().map(t -> t.canonicalName()).reduce((a, b) -> a + "/" + b).orElse("");
  }
}
