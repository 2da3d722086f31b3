// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.negotiation.proposal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ipseclint.model.crypto.Proposal;
import io.github.ipseclint.model.target.Target;
import io.github.ipseclint.negotiation.DaemonLoader;
import io.github.ipseclint.negotiation.Peer;
import io.github.ipseclint.parse.ParseOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Responder selection per negotiation.md §3.1 and §3.2, on proposals read from real config text. */
class ProposalMatcherTest {
  @TempDir
  Path dir;

  private static final String LIBRESWAN = """
      conn site
          left=192.0.2.2
          right=192.0.2.1
          authby=secret
          %s
          auto=add
      """;

  private static final String STRONGSWAN = """
      conn site
          left=192.0.2.1
          right=192.0.2.2
          authby=secret
          keyexchange=ikev2
          %s
          auto=start
      """;

  @Test
  void libreswanFiveTakesItsOwnFirstProposalAgainstStrongswanDefaults() throws IOException {
    Peer strongswan = strongswan("", "strongswan-6.0.6");
    Peer libreswan = libreswan("", "libreswan-5.3.2");

    Optional<ProposalMatch> match = ProposalMatcher.forResponder(libreswan, strongswan)
        .select(ike(strongswan), ike(libreswan), KeHandling.WITH_KE);

    assertThat(match).map(m -> text(m.suite())).contains("AES_GCM_16_256/PRF_HMAC_SHA2_512/ECP_256");
    assertThat(match.get().configuredIndex()).isZero();
  }

  @Test
  void libreswanFourPicksModp2048FirstAsItsDefaultGroupOrderSays() throws IOException {
    Peer strongswan = strongswan("", "strongswan-6.0.6");
    Peer libreswan = libreswan("", "libreswan-4.15");

    Optional<ProposalMatch> match = ProposalMatcher.forResponder(libreswan, strongswan)
        .select(ike(strongswan), ike(libreswan), KeHandling.WITH_KE);

    assertThat(match).map(m -> text(m.suite())).contains("AES_GCM_16_256/PRF_HMAC_SHA2_512/MODP_2048");
  }

  @Test
  void strongswanResponderFollowsItsConfiguredOrderByDefault() throws IOException {
    Peer initiator = libreswan("ike=aes256-sha2_256;dh19,aes256-sha2_256;dh20", "libreswan-5.3.2");
    Peer responder = strongswan("ike=aes256-sha256-ecp384,aes256-sha256-ecp256!", "strongswan-6.0.6");

    Optional<ProposalMatch> match = ProposalMatcher.forResponder(responder, initiator)
        .select(ike(initiator), ike(responder), KeHandling.WITH_KE);

    assertThat(match).map(m -> text(m.suite())).contains("AES_CBC_256/HMAC_SHA2_256_128/PRF_HMAC_SHA2_256/ECP_384");
    assertThat(match.get().receivedIndex()).isEqualTo(1);
  }

  @Test
  void strongswanResponderFollowsTheInitiatorWhenConfiguredProposalsAreNotPreferred() throws IOException {
    Peer initiator = libreswan("ike=aes256-sha2_256;dh19,aes256-sha2_256;dh20", "libreswan-5.3.2");
    Peer responder = strongswan("ike=aes256-sha256-ecp384,aes256-sha256-ecp256!", "strongswan-6.0.6");
    ProposalMatcher matcher = new StrongswanProposalMatcher(false, false);

    Optional<ProposalMatch> match = matcher.select(ike(initiator), ike(responder), KeHandling.WITH_KE);

    assertThat(match).map(m -> text(m.suite())).contains("AES_CBC_256/HMAC_SHA2_256_128/PRF_HMAC_SHA2_256/ECP_256");
  }

  @Test
  void keyLengthsMustBeEqual() throws IOException {
    Peer initiator = strongswan("ike=aes128-sha256-modp2048!", "strongswan-6.0.6");
    Peer responder = libreswan("ike=aes256-sha2_256-modp2048", "libreswan-5.3.2");

    assertThat(ProposalMatcher.forResponder(responder, initiator)
        .select(ike(initiator), ike(responder), KeHandling.WITH_KE)).isEmpty();
  }

  @Test
  void libreswanCipherWithoutLengthMatchesEitherLength() throws IOException {
    Peer initiator = strongswan("ike=aes128-sha256-modp2048!", "strongswan-6.0.6");
    Peer responder = libreswan("ike=aes-sha2_256-modp2048", "libreswan-5.3.2");

    assertThat(ProposalMatcher.forResponder(responder, initiator)
        .select(ike(initiator), ike(responder), KeHandling.WITH_KE))
        .map(m -> text(m.suite())).contains("AES_CBC_128/HMAC_SHA2_256_128/PRF_HMAC_SHA2_256/MODP_2048");
  }

  @Test
  void strongswanEspKeIsOptionalOnlyThroughNone() throws IOException {
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
  void esnIsMatchedLikeAnyOtherType() throws IOException {
    Peer esn = strongswan("esp=aes256-sha256-esn!", "strongswan-6.0.6");
    Peer noEsn = strongswan("esp=aes256-sha256!", "strongswan-6.0.6");

    assertThat(ProposalMatcher.forResponder(noEsn, esn).select(esp(esn), esp(noEsn), KeHandling.SKIP_KE)).isEmpty();
  }

  private Peer strongswan(String option, String target) throws IOException {
    return load("sw", String.format(STRONGSWAN, option), target);
  }

  private Peer libreswan(String option, String target) throws IOException {
    return load("ls", "config setup\n" + String.format(LIBRESWAN, option), target);
  }

  private Peer load(String name, String text, String target) throws IOException {
    Path host = dir.resolve(name);
    Files.createDirectories(host);
    Files.writeString(host.resolve("ipsec.conf"), text);
    ParseOptions options = ParseOptions.defaults(host).withTarget(Target.parse(target).orElseThrow());
    if (name.equals("ls")) {
      options = options.withDialect(io.github.ipseclint.model.target.Implementation.LIBRESWAN);
    }
    DaemonLoader.Loaded loaded = new DaemonLoader().load(host, options);
    return new Peer(loaded.daemon(), loaded.connection(Optional.empty()).orElseThrow());
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
