// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.model.policy;

import io.github.ipseclint.model.crypto.Proposal;
import io.github.ipseclint.model.crypto.Transform;
import java.util.Set;

/** One profile's ratings of single transforms (algorithms.md §4.1-§4.5). */
interface ProfileRatings {

  /**
   * @param proposal the proposal holding it: IKE transforms are rated by RFC 8247, ESP/AH by RFC
   *     8221 except their key exchanges (§4.0)
   * @param year the year of the as-of date
   */
  Verdict rate(Transform transform, Proposal proposal, int year);

  /** Private-use or non-IANA transforms (§4.1 "outside RFC 8247/8221"). */
  Set<String> PRIVATE_USE = Set.of("SERPENT_CBC", "TWOFISH_CBC", "TWOFISH_CBC_SSH", "CAMELLIA_XCBC_96",
      "PRF_CAMELLIA128_XCBC", "HMAC_SHA2_256_96", "NTRU_112", "NTRU_128", "NTRU_192", "NTRU_256",
      "NEWHOPE_128");

  Set<String> MD5 = Set.of("AUTH_HMAC_MD5_96", "AUTH_HMAC_MD5_128", "PRF_HMAC_MD5");

  Set<String> SHA1 = Set.of("AUTH_HMAC_SHA1_96", "AUTH_HMAC_SHA1_160", "PRF_HMAC_SHA1");

  Set<String> ML_KEM = Set.of("ML_KEM_512", "ML_KEM_768", "ML_KEM_1024");

  /** Finite-field and elliptic-curve groups: quantum-vulnerable key exchanges (NIST IR 8547). */
  static boolean isClassicalKe(String name) {
    return name.startsWith("MODP_") && !name.equals("MODP_NULL") || name.startsWith("ECP_")
        || name.startsWith("CURVE_") || name.startsWith("GOST");
  }
}
