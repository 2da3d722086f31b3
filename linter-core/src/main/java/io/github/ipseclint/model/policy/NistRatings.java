// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.model.policy;

import io.github.ipseclint.model.crypto.Proposal;
import io.github.ipseclint.model.crypto.Transform;
import java.util.Set;

/** algorithms.md §4.2: SP 800-77r1, SP 800-131A r2 (+ r3 draft), SP 800-56A r3, FIPS 203, IR 8547. */
final class NistRatings implements ProfileRatings {
  /** Not FIPS-approved (FIPS algorithm list; SP 800-56A r3 key agreement; SP 800-135 IKE KDF). */
  private static final Set<String> NOT_APPROVED = Set.of("ENCR_DES", "ENCR_BLOWFISH", "ENCR_CAST",
      "ENCR_CAMELLIA_CBC", "ENCR_CAMELLIA_CTR", "ENCR_CAMELLIA_CCM_8", "ENCR_CAMELLIA_CCM_12",
      "ENCR_CAMELLIA_CCM_16", "SERPENT_CBC", "TWOFISH_CBC", "TWOFISH_CBC_SSH", "ENCR_CHACHA20_POLY1305",
      "AUTH_HMAC_MD5_96", "AUTH_HMAC_MD5_128", "PRF_HMAC_MD5", "AUTH_AES_XCBC_96", "PRF_AES128_XCBC",
      "PRF_AES128_CMAC", "HMAC_SHA2_256_96", "CAMELLIA_XCBC_96", "PRF_CAMELLIA128_XCBC",
      "AUTH_HMAC_RIPEMD_160_96", "ECP_224_BP", "ECP_256_BP", "ECP_384_BP", "ECP_512_BP", "CURVE_25519",
      "CURVE_448", "GOST3410_2012_256", "GOST3410_2012_512", "NTRU_112", "NTRU_128", "NTRU_192",
      "NTRU_256", "NEWHOPE_128");
  /** Below 112 bits of security strength: disallowed (SP 800-131A r2, since 2014). */
  private static final Set<String> BELOW_112 = Set.of("MODP_768", "MODP_1024", "MODP_1536", "MODP_1024_160", "ECP_192");
  /** SP 800-56A r3: IKE key agreement only with safe-prime MODP groups and NIST curves. */
  private static final Set<String> NOT_SAFE_PRIME = Set.of("MODP_2048_224", "MODP_2048_256");
  /** SP 800-131A r2: three-key TDEA disallowed for encryption after 2023. */
  static final int TDEA_LAST_YEAR = 2023;
  /** SP 800-131A r3 draft: SHA-1 retired, 112-bit strength deprecated, after 2030. */
  static final int SHA1_LAST_YEAR = 2030;
  /** NIST IR 8547 (ipd): quantum-vulnerable key establishment disallowed after 2035. */
  static final int CLASSICAL_KE_LAST_YEAR = 2035;

  @Override
  public Verdict rate(Transform transform, Proposal proposal, int year) {
    String name = transform.ianaName();
    if (NOT_APPROVED.contains(name)) {
      return Verdict.of(Rating.ERROR, "not FIPS-approved");
    }
    if (BELOW_112.contains(name)) {
      return Verdict.of(Rating.ERROR, "below 112-bit strength, disallowed by SP 800-131A");
    }
    if (NOT_SAFE_PRIME.contains(name)) {
      return Verdict.of(Rating.ERROR, "not a safe-prime group (SP 800-56A r3)");
    }
    if (name.equals("ENCR_3DES")) {
      return year > TDEA_LAST_YEAR
          ? Verdict.of(Rating.ERROR, "disallowed for encryption after " + TDEA_LAST_YEAR + " (SP 800-131A r2)")
          : Verdict.of(Rating.WARNING, "deprecated, disallowed after " + TDEA_LAST_YEAR + " (SP 800-131A r2)");
    }
    if (SHA1.contains(name)) {
      return year > SHA1_LAST_YEAR
          ? Verdict.of(Rating.ERROR, "SHA-1 retired after " + SHA1_LAST_YEAR)
          : Verdict.of(Rating.WARNING, "SHA-1 is deprecated and retired after " + SHA1_LAST_YEAR);
    }
    if (name.equals("ENCR_AES_GCM_8")) {
      return Verdict.of(Rating.WARNING, "8-octet GCM tags are restricted (SP 800-38D App. C)");
    }
    if (name.equals("ENCR_NULL_AUTH_AES_GMAC")) {
      return Verdict.of(Rating.WARNING, "integrity only, no confidentiality");
    }
    if (transform.type().isKeyExchange() && ProfileRatings.isClassicalKe(name)) {
      return classical(name, year, proposal.transforms().stream()
          .anyMatch(t -> t.type().isKeyExchange() && ML_KEM.contains(t.ianaName())));
    }
    return Verdict.OK;
  }

  private static Verdict classical(String name, int year, boolean hybrid) {
    if (year > CLASSICAL_KE_LAST_YEAR && !hybrid) {
      return Verdict.of(Rating.ERROR, "quantum-vulnerable key exchange, disallowed after "
          + CLASSICAL_KE_LAST_YEAR + " (NIST IR 8547)");
    }
    if (name.equals("MODP_2048") || name.equals("ECP_224")) {
      return year > SHA1_LAST_YEAR
          ? Verdict.of(Rating.WARNING, "112-bit strength, deprecated after " + SHA1_LAST_YEAR + " (NIST IR 8547)")
          : Verdict.of(Rating.INFO, "112-bit strength, deprecated after " + SHA1_LAST_YEAR + " (NIST IR 8547)");
    }
    return Verdict.of(Rating.INFO, "quantum-vulnerable, disallowed after " + CLASSICAL_KE_LAST_YEAR
        + " unless hybrid (NIST IR 8547)");
  }
}
