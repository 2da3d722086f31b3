// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.parse.proposal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ipseclint.model.crypto.IkeVersion;
import io.github.ipseclint.model.crypto.Origin;
import io.github.ipseclint.model.crypto.Protocol;
import io.github.ipseclint.model.crypto.ProposalOrigin;
import io.github.ipseclint.model.crypto.ProposalSet;
import io.github.ipseclint.model.crypto.Transform;
import io.github.ipseclint.model.target.Target;
import io.github.ipseclint.model.target.VersionBucket;
import io.github.ipseclint.parse.FindingSink;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The default proposals of each version bucket (algorithms.md §3, negotiation.md §4). */
class DefaultProposalsTest {

  private static ProposalSet swanctl(String target, Protocol protocol) {
    return Proposals.omitted(protocol, Target.parse(target).orElseThrow(), ProposalSyntax.SWANCTL, IkeVersion.IKEV2);
  }

  private static ProposalSet libreswan(String target, Protocol protocol, IkeVersion version) {
    return Proposals.omitted(protocol, Target.parse(target).orElseThrow(), ProposalSyntax.LIBRESWAN, version);
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource(delimiter = '|', textBlock = """
      strongswan-5.6.0 | SW560 | ESP:AES_CBC_128*/AES_CBC_192*/AES_CBC_256*/3DES*/BLOWFISH_256*/HMAC_SHA2_256_128*/HMAC_SHA2_384_192*/HMAC_SHA2_512_256*/HMAC_SHA1_96*/AES_XCBC_96*/HMAC_MD5_96*/NO_EXT_SEQ*
      strongswan-5.8.4 | SW561 | ESP:AES_CBC_128*/AES_CBC_192*/AES_CBC_256*/HMAC_SHA2_256_128*/HMAC_SHA2_384_192*/HMAC_SHA2_512_256*/HMAC_SHA1_96*/AES_XCBC_96*/NO_EXT_SEQ*
      strongswan-5.9.5 | SW59a | ESP:AES_GCM_16_128*/AES_GCM_16_192*/AES_GCM_16_256*, ESP:AES_CBC_128*/AES_CBC_192*/AES_CBC_256*/HMAC_SHA2_256_128*/HMAC_SHA2_384_192*/HMAC_SHA2_512_256*/HMAC_SHA1_96*/AES_XCBC_96*/NO_EXT_SEQ*
      strongswan-5.9.8 | SW59  | ESP:AES_GCM_16_128*/AES_GCM_16_192*/AES_GCM_16_256*/NO_EXT_SEQ*, ESP:AES_CBC_128*/AES_CBC_192*/AES_CBC_256*/HMAC_SHA2_256_128*/HMAC_SHA2_384_192*/HMAC_SHA2_512_256*/HMAC_SHA1_96*/AES_XCBC_96*/NO_EXT_SEQ*
      strongswan-6.0.1 | SW60  | ESP:AES_GCM_16_128*/AES_GCM_16_192*/AES_GCM_16_256*/NO_EXT_SEQ*, ESP:AES_CBC_128*/AES_CBC_192*/AES_CBC_256*/HMAC_SHA2_256_128*/HMAC_SHA2_384_192*/HMAC_SHA2_512_256*/HMAC_SHA1_96*/AES_XCBC_96*/NO_EXT_SEQ*
      strongswan-6.0.6 | SW602 | ESP:AES_GCM_16_128*/AES_GCM_16_192*/AES_GCM_16_256*/ECP_256*/ECP_384*/ECP_521*/ECP_256_BP*/ECP_384_BP*/ECP_512_BP*/CURVE_25519*/CURVE_448*/MODP_3072*/MODP_4096*/MODP_6144*/MODP_8192*/MODP_2048*/NONE*/NO_EXT_SEQ*, ESP:AES_CBC_128*/AES_CBC_192*/AES_CBC_256*/HMAC_SHA2_256_128*/HMAC_SHA2_384_192*/HMAC_SHA2_512_256*/HMAC_SHA1_96*/AES_XCBC_96*/ECP_256*/ECP_384*/ECP_521*/ECP_256_BP*/ECP_384_BP*/ECP_512_BP*/CURVE_25519*/CURVE_448*/MODP_3072*/MODP_4096*/MODP_6144*/MODP_8192*/MODP_2048*/NONE*/NO_EXT_SEQ*
      """)
  void strongswanEspDefaultsPerBucket(String target, String bucket, String canonical) {
    assertThat(VersionBucket.of(Target.parse(target).orElseThrow()).label()).isEqualTo(bucket);
    assertThat(swanctl(target, Protocol.ESP).canonicalText()).isEqualTo(canonical);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      strongswan-5.6.0 | true  | true  | false | false
      strongswan-5.8.4 | false | false | true  | false
      strongswan-5.9.8 | false | false | true  | false
      strongswan-6.0.6 | false | false | true  | false
      """)
  void strongswanIkeDefaultsPerBucket(String target, boolean md5, boolean modp1024, boolean x448, boolean ntru) {
    ProposalSet ike = swanctl(target, Protocol.IKE);
    assertThat(ike.proposals()).hasSize(2);
    String classic = ike.proposals().get(0).canonicalText();
    assertThat(classic).startsWith("IKE:AES_CBC_128*/").contains("/3DES*/", "/PRF_HMAC_SHA1*/", "/MODP_2048*");
    assertThat(classic.contains("PRF_HMAC_MD5*")).isEqualTo(md5);
    assertThat(classic.contains("MODP_1024*")).isEqualTo(modp1024);
    assertThat(classic.contains("CURVE_448*")).isEqualTo(x448);
    assertThat(classic.contains("NTRU_128*")).isEqualTo(ntru);
    assertThat(ike.proposals().get(1).canonicalText()).startsWith("IKE:AES_GCM_16_128*/")
        .doesNotContain("HMAC_SHA2_256_128");
  }

  /**
   * The first KE method is what a strongSwan initiator guesses: 5.9.6 - 5.9.9 list X25519/X448
   * first (5.9.8 run), before and after that ECP_256 leads.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      strongswan-5.9.5  | ECP_256*/ECP_384*/ECP_521*/ECP_256_BP*/ECP_384_BP*/ECP_512_BP*/CURVE_25519*/CURVE_448*/MODP_3072*
      strongswan-5.9.6  | CURVE_25519*/CURVE_448*/ECP_256*/ECP_384*/ECP_521*/ECP_256_BP*/ECP_384_BP*/ECP_512_BP*/MODP_3072*
      strongswan-5.9.8  | CURVE_25519*/CURVE_448*/ECP_256*/ECP_384*/ECP_521*/ECP_256_BP*/ECP_384_BP*/ECP_512_BP*/MODP_3072*
      strongswan-5.9.10 | ECP_256*/ECP_384*/ECP_521*/ECP_256_BP*/ECP_384_BP*/ECP_512_BP*/CURVE_25519*/CURVE_448*/MODP_3072*
      strongswan-6.0.6  | ECP_256*/ECP_384*/ECP_521*/ECP_256_BP*/ECP_384_BP*/ECP_512_BP*/CURVE_25519*/CURVE_448*/MODP_3072*
      """)
  void strongswanDefaultKeyExchangeOrderPerRelease(String target, String keStart) {
    for (var proposal : swanctl(target, Protocol.IKE).proposals()) {
      assertThat(proposal.canonicalText()).contains("/PRF_HMAC_SHA1*/" + keStart + "/MODP_4096*/MODP_6144*/MODP_8192*/MODP_2048*");
    }
  }

  @Test
  void strongswanAhDefaultsOfferOptionalPfsFrom602AndAnOmittedAhMeansNoAh() {
    assertThat(Proposals.read(Protocol.AH, "default", Target.parse("strongswan-6.0.6").orElseThrow(),
        ProposalSyntax.SWANCTL, true, new FindingSink()).canonicalText())
        .startsWith("AH:HMAC_SHA2_256_128*/").endsWith("/MODP_2048*/NONE*/NO_EXT_SEQ*");
    assertThat(Proposals.omitted(Protocol.AH, Target.parse("strongswan-6.0.6").orElseThrow(),
        ProposalSyntax.SWANCTL, IkeVersion.IKEV2).proposals()).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      libreswan-3.27 | LS3   | IKE:AES_CBC_{128,256}*/HMAC_SHA2_256_128*/HMAC_SHA2_512_256*/HMAC_SHA1_96*/PRF_HMAC_SHA2_256*/PRF_HMAC_SHA2_512*/PRF_HMAC_SHA1*/MODP_2048* | 2
      libreswan-3.32 | LS328 | IKE:AES_GCM_16_256*/PRF_HMAC_SHA2_512*/PRF_HMAC_SHA2_256*/MODP_2048*/MODP_3072*/MODP_4096*/MODP_8192*/ECP_256*/ECP_384*/ECP_521*/CURVE_25519* | 4
      libreswan-4.10 | LS4   | IKE:AES_GCM_16_256*/PRF_HMAC_SHA2_512*/PRF_HMAC_SHA2_256*/MODP_2048*/MODP_3072*/MODP_4096*/MODP_8192*/ECP_256*/ECP_384*/ECP_521*/CURVE_25519* | 4
      libreswan-5.2  | LS5   | IKE:AES_GCM_16_256*/PRF_HMAC_SHA2_512*/PRF_HMAC_SHA2_256*/ECP_256*/ECP_384*/ECP_521*/CURVE_25519*/MODP_4096*/MODP_3072*/MODP_2048*/MODP_8192* | 5
      libreswan-5.4  | LS54  | IKE:AES_GCM_16_256*/PRF_HMAC_SHA2_512*/PRF_HMAC_SHA2_256*/ECP_256*/ECP_384*/ECP_521*/CURVE_25519*/MODP_4096*/MODP_3072*/MODP_2048*/MODP_8192* | 5
      """)
  void libreswanIkeDefaultsPerBucket(String target, String bucket, String first, int count) {
    assertThat(VersionBucket.of(Target.parse(target).orElseThrow()).label()).isEqualTo(bucket);
    ProposalSet ike = libreswan(target, Protocol.IKE, IkeVersion.IKEV2);
    assertThat(ike.proposals()).hasSize(count);
    assertThat(ike.proposals().get(0).canonicalText()).isEqualTo(first);
    assertThat(ike.proposals()).allMatch(p -> p.origin() == ProposalOrigin.DEFAULT);
  }

  @Test
  void libreswanEspDefaultsHaveNoKeyExchange() {
    assertThat(libreswan("libreswan-5.4", Protocol.ESP, IkeVersion.IKEV2).canonicalText()).isEqualTo(
        "ESP:AES_GCM_16_256*, ESP:AES_GCM_16_128*, ESP:CHACHA20_POLY1305*, "
            + "ESP:AES_CBC_256*/HMAC_SHA2_512_256*/HMAC_SHA2_256_128*, ESP:AES_CBC_128*/HMAC_SHA2_512_256*/HMAC_SHA2_256_128*");
    assertThat(libreswan("libreswan-4.10", Protocol.AH, IkeVersion.IKEV2).canonicalText())
        .isEqualTo("AH:HMAC_SHA2_512_256*/HMAC_SHA2_256_128*/HMAC_SHA1_96*");
    assertThat(libreswan("libreswan-5.4", Protocol.AH, IkeVersion.IKEV2).canonicalText())
        .isEqualTo("AH:HMAC_SHA2_512_256*/HMAC_SHA2_256_128*");
  }

  @Test
  void libreswanIkev1DefaultsKeep3desAndModp1536() {
    assertThat(libreswan("libreswan-5.4", Protocol.IKE, IkeVersion.IKEV1).canonicalText()).isEqualTo(
        "IKE:AES_CBC_{128,256}*/HMAC_SHA2_256_128*/HMAC_SHA2_512_256*/HMAC_SHA1_96*/PRF_HMAC_SHA2_256*/PRF_HMAC_SHA2_512*/PRF_HMAC_SHA1*/MODP_2048*/MODP_1536*/ECP_256*/CURVE_25519*, "
            + "IKE:3DES*/HMAC_SHA2_256_128*/HMAC_SHA2_512_256*/HMAC_SHA1_96*/PRF_HMAC_SHA2_256*/PRF_HMAC_SHA2_512*/PRF_HMAC_SHA1*/MODP_2048*/MODP_1536*/ECP_256*/CURVE_25519*");
  }

  @Test
  void defaultsPointAtThePlaceGivenForTheOmittedOption() {
    ProposalSet ike = swanctl("strongswan-6.0.6", Protocol.IKE);
    for (Transform transform : ike.proposals().get(0).transforms()) {
      assertThat(transform.origin()).isEqualTo(Origin.DEFAULT);
      assertThat(transform.span().line()).isEqualTo(1);
      assertThat(transform.span().column()).isEqualTo(1);
    }
  }
}
