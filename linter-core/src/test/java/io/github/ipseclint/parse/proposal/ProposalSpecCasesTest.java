// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.parse.proposal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ipseclint.model.crypto.Protocol;
import io.github.ipseclint.model.crypto.ProposalSet;
import io.github.ipseclint.model.finding.Finding;
import io.github.ipseclint.model.target.Target;
import io.github.ipseclint.parse.FindingSink;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The proposal strings of algorithms.md §6.1 (strongSwan 6.0.x, Libreswan 5.4): each row's
 * canonical parse and, for the rows the daemon refuses, its reason. Written with {@code !} where
 * the row is an ipsec.conf option, so that only the configured proposal is compared (the
 * appended defaults are tested in {@link DefaultProposalsTest}); S18 is written with {@code !}.
 */
class ProposalSpecCasesTest {

  @ParameterizedTest(name = "{0} {1}={2}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
      S01 | ike           | aes256-sha256-modp2048! | IKE:AES_CBC_256/HMAC_SHA2_256_128/PRF_HMAC_SHA2_256*/MODP_2048 |
      S02 | ike           | aes128-sha1-modp1024! | IKE:AES_CBC_128/HMAC_SHA1_96/PRF_HMAC_SHA1*/MODP_1024 |
      S03 | ike           | 3des-md5-modp1024! | IKE:3DES/HMAC_MD5_96/PRF_HMAC_MD5*/MODP_1024 |
      S04 | proposals     | aes256gcm16-prfsha384-ecp384 | IKE:AES_GCM_16_256/PRF_HMAC_SHA2_384/ECP_384 |
      S05 | proposals     | aes256gcm16-ecp384 | IKE:AES_GCM_16_256/ECP_384 | a PRF algorithm is mandatory in IKE proposals
      S06 | proposals     | aes256gcm16-sha384-ecp384 | IKE:AES_GCM_16_256/PRF_HMAC_SHA2_384*/ECP_384 |
      S07 | proposals     | aes256gcm16-prfsha384-ecp384-ke1_mlkem1024 | IKE:AES_GCM_16_256/PRF_HMAC_SHA2_384/ECP_384/KE1_ML_KEM_1024 |
      S08 | proposals     | aes256gcm16-prfsha512-x25519-ke1_mlkem768 | IKE:AES_GCM_16_256/PRF_HMAC_SHA2_512/CURVE_25519/KE1_ML_KEM_768 |
      S09 | proposals     | aes128-sha256-ecp256,aes256gcm16-prfsha384-ecp384 | IKE:AES_CBC_128/HMAC_SHA2_256_128/PRF_HMAC_SHA2_256*/ECP_256, IKE:AES_GCM_16_256/PRF_HMAC_SHA2_384/ECP_384 |
      S10 | esp_proposals | aes128gcm16 | ESP:AES_GCM_16_128/NO_EXT_SEQ* |
      S11 | esp_proposals | aes256gcm16-modp3072-esn | ESP:AES_GCM_16_256/MODP_3072/EXT_SEQ |
      S12 | esp           | aes128! | ESP:AES_CBC_128/NO_EXT_SEQ* |
      S13 | esp           | null-sha256-modp3072! | ESP:NULL/HMAC_SHA2_256_128/MODP_3072/NO_EXT_SEQ* |
      S14 | esp           | aes256-sha256_96-ecp256! | ESP:AES_CBC_256/HMAC_SHA2_256_96/ECP_256/NO_EXT_SEQ* |
      S15 | esp           | 3des-sha1-modp2048! | ESP:3DES/HMAC_SHA1_96/MODP_2048/NO_EXT_SEQ* |
      S16 | ah_proposals  | aes256gmac-sha512-ecp384 | AH:AES_256_GMAC/HMAC_SHA2_512_256/ECP_384/NO_EXT_SEQ* |
      S17 | ike           | aes128-aes256-sha256-sha1-modp3072-modp2048-modp1536! | IKE:AES_CBC_128/AES_CBC_256/HMAC_SHA2_256_128/HMAC_SHA1_96/PRF_HMAC_SHA2_256*/PRF_HMAC_SHA1*/MODP_3072/MODP_2048/MODP_1536 |
      S18 | ike           | aes256-sha512-modp8192! | IKE:AES_CBC_256/HMAC_SHA2_512_256/PRF_HMAC_SHA2_512*/MODP_8192 |
      S19 | proposals     | aes128-sha256-modp2048s256 | IKE:AES_CBC_128/HMAC_SHA2_256_128/PRF_HMAC_SHA2_256*/MODP_2048_256 |
      S20 | esp_proposals | aes256gcm16-ecp384-ke1_mlkem1024 | ESP:AES_GCM_16_256/ECP_384/KE1_ML_KEM_1024/NO_EXT_SEQ* |
      S21 | proposals     | chacha20poly1305-prfsha256-curve25519 | IKE:CHACHA20_POLY1305/PRF_HMAC_SHA2_256/CURVE_25519 |
      S22 | proposals     | aes256-sha384-ecp384-ke1_mlkem1024 | IKE:AES_CBC_256/HMAC_SHA2_384_192/PRF_HMAC_SHA2_384*/ECP_384/KE1_ML_KEM_1024 |
      S23 | esp_proposals | aes256gcm16-ecp384-none | ESP:AES_GCM_16_256/ECP_384/NONE/NO_EXT_SEQ* |
      L01 | ike | aes256-sha2;dh19 | IKE:AES_CBC_256/HMAC_SHA2_256_128*/PRF_HMAC_SHA2_256/ECP_256 |
      L02 | ike | aes256-sha2_256;modp2048 | IKE:AES_CBC_256/HMAC_SHA2_256_128*/PRF_HMAC_SHA2_256/MODP_2048 |
      L03 | ike | aes_gcm256-sha2_512;dh20 | IKE:AES_GCM_16_256/PRF_HMAC_SHA2_512/ECP_384 |
      L04 | ike | 3des-md5;modp1024 | IKE:3DES/HMAC_MD5_96*/PRF_HMAC_MD5/MODP_1024 | 'modp1024' is not built into default builds of libreswan-5.4.0
      L05 | ike | aes_gcm256-sha2_512;dh20;addke1=ml_kem_1024 | IKE:AES_GCM_16_256/PRF_HMAC_SHA2_512/ECP_384/KE1_ML_KEM_1024 |
      L06 | esp | aes_gcm256-null | ESP:AES_GCM_16_256 |
      L07 | esp | aes-sha1 | ESP:AES_CBC_{128,256}/HMAC_SHA1_96 |
      L08 | esp | aes256-sha2;dh19 | ESP:AES_CBC_256/HMAC_SHA2_256_128/ECP_256 |
      L09 | ike | aes+aes_gcm | IKE:AES_CBC_{128,256}/AES_GCM_16_{128,256} | AEAD and non-AEAD IKE encryption algorithm cannot be combined
      L10 | esp | chacha20_poly1305 | ESP:CHACHA20_POLY1305 |
      L11 | ah  | sha2_512 | AH:HMAC_SHA2_512_256 |
      L12 | ike | aes_gcm | IKE:AES_GCM_16_{128,256}/PRF_HMAC_SHA2_512*/PRF_HMAC_SHA2_256*/ECP_256*/ECP_384*/ECP_521*/CURVE_25519*/MODP_4096*/MODP_3072*/MODP_2048*/MODP_8192* |
      L13 | esp | aes128-null | ESP:AES_CBC_128/NONE | cannot have 'NONE' as the integrity algorithm
      L14 | ike | aes-sha1_96-sha2;dh21 | IKE:AES_CBC_{128,256}/HMAC_SHA1_96/PRF_HMAC_SHA2_256/ECP_521 |
      L15 | esp-pfs-no | aes256-sha2_512;dh20 | ESP:AES_CBC_256/HMAC_SHA2_512_256 |
      L16 | ike | aes256-sha2_384+sha2_512;dh20+modp3072 | IKE:AES_CBC_256/HMAC_SHA2_384_192*/HMAC_SHA2_512_256*/PRF_HMAC_SHA2_384/PRF_HMAC_SHA2_512/ECP_384/MODP_3072 |
      """)
  void readsTheSpecRow(String id, String option, String value, String canonical, String error) {
    boolean libreswan = id.startsWith("L");
    ProposalSyntax syntax = libreswan ? ProposalSyntax.LIBRESWAN
        : option.contains("proposals") ? ProposalSyntax.SWANCTL : ProposalSyntax.STRONGSWAN_IPSEC_CONF;
    Target target = Target.parse(libreswan ? "libreswan-5.4" : "strongswan-6.0.6").orElseThrow();
    FindingSink sink = new FindingSink();
    ProposalSet set = Proposals.read(protocolOf(option), value, target, syntax, !option.endsWith("pfs-no"), sink);

    assertThat(set.canonicalText()).isEqualTo(canonical);
    String findings = sink.findings().stream().map(Finding::message).collect(Collectors.joining("\n"));
    if (error == null) {
      assertThat(sink.findings()).as(findings).isEmpty();
      assertThat(set.hasRejections()).isFalse();
    } else {
      assertThat(findings).contains(error);
      assertThat(set.hasRejections()).isTrue();
    }
  }

  private static Protocol protocolOf(String option) {
    if (option.startsWith("ah")) {
      return Protocol.AH;
    }
    return option.startsWith("esp") ? Protocol.ESP : Protocol.IKE;
  }
}
