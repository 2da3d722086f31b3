// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.model.policy;

import io.github.ipseclint.model.crypto.Proposal;
import io.github.ipseclint.model.crypto.Protocol;
import io.github.ipseclint.model.crypto.Transform;
import io.github.ipseclint.model.crypto.TransformType;
import java.util.Set;

/** algorithms.md §4.1: RFC 8247 (IKE), RFC 8221 (ESP/AH), both as updated by RFC 9395. */
class Rfc8247Ratings implements ProfileRatings {
  /** RFC 8247 MUST NOT, IANA Deprecated or "not allowed for IKEv2" (RFC 9395). */
  private static final Set<String> IKE_FORBIDDEN = Set.of("ENCR_DES", "ENCR_BLOWFISH", "ENCR_CAST",
      "ENCR_NULL", "ENCR_NULL_AUTH_AES_GMAC", "PRF_HMAC_MD5", "AUTH_HMAC_MD5_96", "AUTH_HMAC_MD5_128",
      "AUTH_HMAC_SHA1_160");
  /** RFC 8221 MUST NOT; RFC 9395 Deprecated. */
  private static final Set<String> ESP_FORBIDDEN = Set.of("ENCR_DES", "ENCR_BLOWFISH", "ENCR_CAST",
      "AUTH_HMAC_MD5_96", "AUTH_HMAC_MD5_128", "AUTH_HMAC_SHA1_160");
  /** RFC 8247 MUST NOT: groups 1 and 22. */
  private static final Set<String> GROUPS_FORBIDDEN = Set.of("MODP_768", "MODP_1024_160");
  /** RFC 8247 SHOULD NOT: groups 2, 5, 23, 24. */
  private static final Set<String> GROUPS_DISCOURAGED =
      Set.of("MODP_1024", "MODP_1536", "MODP_2048_224", "MODP_2048_256");

  @Override
  public Verdict rate(Transform transform, Proposal proposal, int year) {
    Protocol protocol = proposal.protocol();
    String name = transform.ianaName();
    if (transform.type().isKeyExchange()) {
      if (GROUPS_FORBIDDEN.contains(name)) {
        return Verdict.of(Rating.ERROR, "RFC 8247: MUST NOT");
      }
      if (GROUPS_DISCOURAGED.contains(name)) {
        return Verdict.of(Rating.WARNING, "RFC 8247: SHOULD NOT");
      }
    } else if (protocol == Protocol.IKE ? IKE_FORBIDDEN.contains(name) : ESP_FORBIDDEN.contains(name)) {
      return Verdict.of(Rating.ERROR, protocol == Protocol.IKE ? "RFC 8247: MUST NOT" : "RFC 8221: MUST NOT");
    }
    if (PRIVATE_USE.contains(name)) {
      return Verdict.of(Rating.WARNING, "not an IANA-registered transform (outside RFC 8247/8221)");
    }
    if (name.equals("ENCR_3DES")) {
      return protocol == Protocol.IKE
          ? Verdict.of(Rating.INFO, "RFC 8247: MAY only (64-bit block)")
          : Verdict.of(Rating.WARNING, "RFC 8221: SHOULD NOT");
    }
    if (transform.type() != TransformType.KE && SHA1.contains(name)) {
      return Verdict.of(Rating.INFO, "RFC 8247/8221: MUST- (to be demoted)");
    }
    return Verdict.OK;
  }
}
