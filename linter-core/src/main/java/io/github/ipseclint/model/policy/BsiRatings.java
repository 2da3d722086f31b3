// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.model.policy;

import io.github.ipseclint.model.crypto.Proposal;
import io.github.ipseclint.model.crypto.Transform;
import java.util.Set;

/** algorithms.md §4.3: BSI TR-02102-3 (2026-01) and TR-02102-1 (2026-01). */
final class BsiRatings implements ProfileRatings {
  /** TR-02102-3 tables; 2016-01 (224-bit curves), 2020-01 (HMAC-SHA-1), 2023 (>= 3000-bit DH) cut-offs. */
  private static final Set<String> NOT_RECOMMENDED = Set.of("ENCR_DES", "ENCR_3DES", "ENCR_BLOWFISH",
      "ENCR_CAST", "AUTH_HMAC_MD5_96", "AUTH_HMAC_MD5_128", "PRF_HMAC_MD5", "AUTH_HMAC_SHA1_96",
      "AUTH_HMAC_SHA1_160", "PRF_HMAC_SHA1", "HMAC_SHA2_256_96", "MODP_768", "MODP_1024", "MODP_1536",
      "MODP_2048", "MODP_1024_160", "MODP_2048_224", "MODP_2048_256", "ECP_192", "ECP_224", "ECP_224_BP",
      "ML_KEM_512");
  /** Not listed in TR-02102-3: not automatically insecure (TR-02102-1 introduction). */
  private static final Set<String> NOT_LISTED = Set.of("ENCR_CHACHA20_POLY1305", "ENCR_CAMELLIA_CBC",
      "ENCR_CAMELLIA_CTR", "ENCR_CAMELLIA_CCM_8", "ENCR_CAMELLIA_CCM_12", "ENCR_CAMELLIA_CCM_16",
      "AUTH_AES_XCBC_96", "PRF_AES128_XCBC", "AUTH_AES_CMAC_96", "PRF_AES128_CMAC", "AUTH_AES_128_GMAC",
      "AUTH_AES_192_GMAC", "AUTH_AES_256_GMAC", "ENCR_NULL_AUTH_AES_GMAC", "ENCR_AES_GCM_8",
      "ENCR_AES_CCM_8", "CURVE_25519", "CURVE_448", "GOST3410_2012_256", "GOST3410_2012_512",
      "AUTH_HMAC_RIPEMD_160_96");

  @Override
  public Verdict rate(Transform transform, Proposal proposal, int year) {
    String name = transform.ianaName();
    if (NOT_RECOMMENDED.contains(name)) {
      return Verdict.of(Rating.ERROR, "not recommended by BSI TR-02102-3");
    }
    if (NOT_LISTED.contains(name) || PRIVATE_USE.contains(name)) {
      return Verdict.of(Rating.WARNING, "not listed in BSI TR-02102-3");
    }
    if (transform.type().isKeyExchange() && ProfileRatings.isClassicalKe(name)) {
      return Verdict.of(Rating.INFO, "classical key exchange: hybrid with ML-KEM needed after "
          + Policy.BSI_CLASSICAL_LAST_YEAR + " (TR-02102-1 2026-01)");
    }
    return Verdict.OK;
  }
}
