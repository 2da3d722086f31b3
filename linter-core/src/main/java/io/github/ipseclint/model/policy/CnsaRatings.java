// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.model.policy;

import io.github.ipseclint.model.crypto.Proposal;
import io.github.ipseclint.model.crypto.Transform;
import io.github.ipseclint.model.crypto.TransformType;
import java.util.List;
import java.util.Set;

/** algorithms.md §4.4: NSA CNSA 2.0, with CNSA 1.0 (RFC 9206) as the classical baseline. */
final class CnsaRatings implements ProfileRatings {
  /** CNSA 1.0/2.0: SHA-384 or SHA-512 only (RFC 9206). */
  private static final Set<String> SHA384_512 = Set.of("AUTH_HMAC_SHA2_384_192", "AUTH_HMAC_SHA2_512_256",
      "PRF_HMAC_SHA2_384", "PRF_HMAC_SHA2_512");
  /** CNSA 1.0 classical key exchange: ECDH P-384 or DH >= 3072 bits; CNSA 2.0: ML-KEM-1024. */
  private static final Set<String> KE = Set.of("ML_KEM_1024", "ECP_384", "MODP_3072", "MODP_4096",
      "MODP_6144", "MODP_8192");
  /** The modes of the NSA IPsec profile (RFC 9206): AES-256-GCM-16 and AES-256-CBC. */
  private static final Set<String> PROFILE_MODES = Set.of("ENCR_AES_GCM_16", "ENCR_AES_CBC");

  @Override
  public Verdict rate(Transform transform, Proposal proposal, int year) {
    String name = transform.ianaName();
    TransformType type = transform.type();
    if (type == TransformType.ENCR) {
      if (!name.startsWith("ENCR_AES_") || !transform.keyBits().equals(List.of(256))) {
        return Verdict.of(Rating.ERROR, "CNSA requires AES with a 256-bit key");
      }
      return PROFILE_MODES.contains(name) ? Verdict.OK
          : Verdict.of(Rating.WARNING, "not a mode of the NSA IPsec profile (RFC 9206)");
    }
    if ((type == TransformType.INTEG || type == TransformType.PRF) && !transform.algorithm().isNone()
        && !SHA384_512.contains(name)) {
      return Verdict.of(Rating.ERROR, "CNSA requires HMAC-SHA-384 or HMAC-SHA-512");
    }
    if (type.isKeyExchange() && !transform.algorithm().isNone() && !KE.contains(name)) {
      return Verdict.of(Rating.ERROR, "CNSA allows only ML-KEM-1024, ECP-384 or MODP >= 3072");
    }
    return Verdict.OK;
  }
}
