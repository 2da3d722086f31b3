// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.parse.proposal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ipseclint.model.crypto.Origin;
import io.github.ipseclint.model.crypto.Protocol;
import io.github.ipseclint.model.crypto.Proposal;
import io.github.ipseclint.model.crypto.ProposalOrigin;
import io.github.ipseclint.model.crypto.ProposalSet;
import io.github.ipseclint.model.crypto.Transform;
import io.github.ipseclint.model.crypto.TransformType;
import io.github.ipseclint.model.finding.CoreRule;
import io.github.ipseclint.model.finding.Finding;
import io.github.ipseclint.model.target.Target;
import io.github.ipseclint.parse.FindingSink;
import org.junit.jupiter.api.Test;

/** Lists, defaults, findings and spans of both readers (algorithms.md §1.3, negotiation.md §5). */
class ProposalReaderTest {
  private static final Target STRONGSWAN = Target.parse("strongswan-6.0.6").orElseThrow();
  private static final Target STRONGSWAN_59 = Target.parse("strongswan-5.9.8").orElseThrow();
  private static final Target LIBRESWAN = Target.parse("libreswan-5.4").orElseThrow();

  private final FindingSink sink = new FindingSink();

  private ProposalSet ipsecConf(Protocol protocol, String value) {
    return Proposals.read(protocol, value, STRONGSWAN, ProposalSyntax.STRONGSWAN_IPSEC_CONF, true, sink);
  }

  @Test
  void nonStrictIpsecConfListGetsClassicThenAeadDefaultsAppended() {
    ProposalSet set = ipsecConf(Protocol.IKE, "aes256-sha256-modp3072");
    assertThat(set.strict()).isFalse();
    assertThat(set.proposals()).hasSize(3);
    assertThat(set.proposals().get(0).origin()).isEqualTo(ProposalOrigin.CONFIGURED);
    assertThat(set.appendedDefaults()).hasSize(2);
    assertThat(set.appendedDefaults().get(0).canonicalText()).startsWith("IKE:AES_CBC_128*/");
    assertThat(set.appendedDefaults().get(1).canonicalText()).startsWith("IKE:AES_GCM_16_128*/");
    assertThat(sink.findings()).isEmpty();
  }

  @Test
  void trailingBangMakesTheListStrict() {
    ProposalSet set = ipsecConf(Protocol.ESP, "aes256gcm16-ecp384 , aes128-sha256!");
    assertThat(set.strict()).isTrue();
    assertThat(set.canonicalText())
        .isEqualTo("ESP:AES_GCM_16_256/ECP_384/NO_EXT_SEQ*, ESP:AES_CBC_128/HMAC_SHA2_256_128/NO_EXT_SEQ*");
  }

  @Test
  void swanctlDefaultItemExpandsInPlaceInTheBucketsOrder() {
    ProposalSet set = Proposals.read(Protocol.ESP, "aes256gcm16, default, aes128-sha256", STRONGSWAN,
        ProposalSyntax.SWANCTL, true, sink);
    assertThat(set.proposals()).extracting(Proposal::origin).containsExactly(ProposalOrigin.CONFIGURED,
        ProposalOrigin.DEFAULT, ProposalOrigin.DEFAULT, ProposalOrigin.CONFIGURED);
    assertThat(set.proposals().get(1).canonicalText()).startsWith("ESP:AES_GCM_16_128*/");
    assertThat(set.proposals().get(1).transforms().get(0).span().column()).isEqualTo("option=aes256gcm16, ".length() + 1);

    ProposalSet older = Proposals.read(Protocol.ESP, "DEFAULT", STRONGSWAN_59, ProposalSyntax.SWANCTL, true, sink);
    assertThat(older.proposals().get(0).canonicalText()).startsWith("ESP:AES_CBC_128*/");
    assertThat(sink.findings()).isEmpty();
  }

  @Test
  void defaultIsNoKeywordInIpsecConf() {
    ProposalSet set = ipsecConf(Protocol.IKE, "default!");
    assertThat(set.hasRejections()).isTrue();
    assertThat(sink.findings()).extracting(Finding::rule).containsExactly(CoreRule.UNKNOWN_ALGORITHM.id());
  }

  @Test
  void unknownTokenSuggestsTheNearestKeywordAndPointsAtTheToken() {
    ProposalSet set = ipsecConf(Protocol.IKE, "aes256-sha265-modp3072!");
    assertThat(set.hasRejections()).isTrue();
    Finding finding = sink.findings().get(0);
    assertThat(finding.rule()).isEqualTo(CoreRule.UNKNOWN_ALGORITHM.id());
    assertThat(finding.message()).contains("'sha265'", "refuses the connection", "did you mean 'sha256'?");
    assertThat(finding.span().column()).isEqualTo("option=aes256-".length() + 1);
    assertThat(finding.span().endColumn()).isEqualTo("option=aes256-sha265".length() + 1);
  }

  @Test
  void strongswanKeywordsAreCaseSensitive() {
    ipsecConf(Protocol.IKE, "AES256-sha256-modp3072!");
    assertThat(sink.findings()).singleElement().extracting(Finding::message).asString()
        .contains("'AES256'", "did you mean 'aes256'?");
  }

  @Test
  void libreswanKeywordsAreCaseInsensitive() {
    ProposalSet set = Proposals.read(Protocol.IKE, "AES256-SHA2;DH19", LIBRESWAN, ProposalSyntax.LIBRESWAN, true, sink);
    assertThat(set.canonicalText()).isEqualTo("IKE:AES_CBC_256/HMAC_SHA2_256_128*/PRF_HMAC_SHA2_256/ECP_256");
    assertThat(sink.findings()).isEmpty();
  }

  @Test
  void tokensKeepTheirSpansAndDerivedTransformsPointAtTheirSource() {
    ProposalSet set = ipsecConf(Protocol.IKE, "aes256-sha384-ecp384!");
    Proposal proposal = set.proposals().get(0);
    Transform prf = proposal.of(TransformType.PRF).get(0);
    Transform integ = proposal.of(TransformType.INTEG).get(0);
    assertThat(prf.origin()).isEqualTo(Origin.DERIVED);
    assertThat(prf.span()).isEqualTo(integ.span());
    assertThat(integ.span().column()).isEqualTo("option=aes256-".length() + 1);
    assertThat(proposal.of(TransformType.KE).get(0).span().column()).isEqualTo("option=aes256-sha384-".length() + 1);
  }

  @Test
  void libreswanKeyLengthForms() {
    ProposalSet set = Proposals.read(Protocol.ESP, "aes-256-sha2,aes_128-sha1,aes_gcm_16-256", LIBRESWAN,
        ProposalSyntax.LIBRESWAN, true, sink);
    assertThat(set.canonicalText()).isEqualTo(
        "ESP:AES_CBC_256/HMAC_SHA2_256_128, ESP:AES_CBC_128/HMAC_SHA1_96, ESP:AES_GCM_16_256");
    assertThat(sink.findings()).isEmpty();
  }

  @Test
  void libreswanRejectsInvalidKeyLengthsAndTheImpairPrefix() {
    Proposals.read(Protocol.ESP, "aes224-sha2", LIBRESWAN, ProposalSyntax.LIBRESWAN, true, sink);
    Proposals.read(Protocol.IKE, "!aes256-sha2;dh19", LIBRESWAN, ProposalSyntax.LIBRESWAN, true, sink);
    Proposals.read(Protocol.IKE, "aes,", LIBRESWAN, ProposalSyntax.LIBRESWAN, true, sink);
    assertThat(sink.findings()).extracting(Finding::rule).containsOnly(CoreRule.INVALID_PROPOSAL.id());
    assertThat(sink.findings()).extracting(Finding::message).anyMatch(m -> m.contains("invalid key length 224"))
        .anyMatch(m -> m.contains("leading '!'")).anyMatch(m -> m.contains("empty proposal"));
  }

  @Test
  void libreswanTypePrefixesNeed54() {
    Target older = Target.parse("libreswan-5.2").orElseThrow();
    Proposals.read(Protocol.IKE, "aes_gcm256-sha2_512;dh20;addke1=ml_kem_1024", older, ProposalSyntax.LIBRESWAN, true, sink);
    assertThat(sink.findings()).extracting(Finding::message).anyMatch(m -> m.contains("needs Libreswan 5.4"));
  }

  @Test
  void libreswanRefusesAesCcmInIke() {
    Proposals.read(Protocol.IKE, "aes_ccm256-sha2;dh19", LIBRESWAN, ProposalSyntax.LIBRESWAN, true, sink);
    assertThat(sink.findings()).extracting(Finding::message).anyMatch(m -> m.contains("not supported in IKE"));
  }

  @Test
  void removedStrongswanKeywordIsReportedButStillRead() {
    ProposalSet set = ipsecConf(Protocol.IKE, "aes256-sha256-ntru128!");
    assertThat(set.canonicalText()).isEqualTo("IKE:AES_CBC_256/HMAC_SHA2_256_128/PRF_HMAC_SHA2_256*/NTRU_128");
    assertThat(set.hasRejections()).isTrue();
    assertThat(sink.findings()).singleElement().extracting(Finding::message).asString()
        .contains("not available in strongswan-6.0.6", "removed in 6.0.0");
  }

  @Test
  void quotedValuesPointAtTheWholeValue() {
    io.github.ipseclint.model.source.SourceFile file =
        io.github.ipseclint.model.source.SourceFile.inMemory("q.conf", "ike=\"aes256-bogus!\"\n");
    io.github.ipseclint.model.source.Span whole = new io.github.ipseclint.model.source.Span(file, 1, 5, 1, 20);
    ProposalContext context = new ProposalContext(STRONGSWAN, ProposalSyntax.STRONGSWAN_IPSEC_CONF, true,
        io.github.ipseclint.model.crypto.IkeVersion.ANY, whole);
    ProposalReaders.of(ProposalSyntax.STRONGSWAN_IPSEC_CONF).read(Protocol.IKE, java.util.Optional.of(
        new io.github.ipseclint.model.source.Located<>(
            io.github.ipseclint.model.source.ByteText.ofUtf8("aes256-bogus!"), whole)), context, sink);
    assertThat(sink.findings()).extracting(Finding::span).containsOnly(whole);
  }

  @Test
  void oddInputBecomesFindingsNotExceptions() {
    String[] inputs = {"", "!", ",,", "-", "aes-", "aes--256", ";;", "=", ";ke=", "aes;dh19;dh20", "aes-256-256",
        "+", "aes+", "ke9_mlkem768", "ke1_", "aes_gcm_16256", "aes-sha2-sha2_512_256-sha1-dh19-dh20", "!!aes"};
    for (String input : inputs) {
      for (Protocol protocol : Protocol.values()) {
        Proposals.read(protocol, input, LIBRESWAN, ProposalSyntax.LIBRESWAN, true, sink);
        Proposals.read(protocol, input, STRONGSWAN, ProposalSyntax.SWANCTL, true, sink);
        Proposals.read(protocol, input, STRONGSWAN_59, ProposalSyntax.STRONGSWAN_IPSEC_CONF, false, sink);
      }
    }
    assertThat(sink.findings()).isNotEmpty();
  }
}
