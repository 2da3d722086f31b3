// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.model.policy;

import io.github.ipseclint.model.crypto.Proposal;
import io.github.ipseclint.model.crypto.Transform;
import java.util.Set;

/** algorithms.md §4.5: only what is outright broken. */
final class LegacyCompatRatings implements ProfileRatings {
  private static final Set<String> BROKEN = Set.of("ENCR_DES", "AUTH_HMAC_MD5_96", "AUTH_HMAC_MD5_128",
      "PRF_HMAC_MD5", "MODP_768", "MODP_1024", "MODP_1024_160");
  /** 64-bit block ciphers (Sweet32), MODP-1536 and ECP-192 (below 112 bits). */
  private static final Set<String> WEAK = Set.of("ENCR_3DES", "ENCR_BLOWFISH", "ENCR_CAST", "MODP_1536",
      "ECP_192", "ENCR_NULL_AUTH_AES_GMAC");

  @Override
  public Verdict rate(Transform transform, Proposal proposal, int year) {
    String name = transform.ianaName();
    if (BROKEN.contains(name)) {
      return Verdict.of(Rating.ERROR, "broken");
    }
    if (WEAK.contains(name)) {
      return Verdict.of(Rating.WARNING, "weak (64-bit block or below 112-bit strength)");
    }
    if (PRIVATE_USE.contains(name)) {
      return Verdict.of(Rating.WARNING, "private-use or truncated transform");
    }
    return Verdict.OK;
  }
}
