// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.parse.proposal;

import io.github.ipseclint.model.crypto.Protocol;
import io.github.ipseclint.model.crypto.Proposal;
import io.github.ipseclint.model.crypto.ProposalOrigin;
import io.github.ipseclint.model.source.Span;
import io.github.ipseclint.model.target.Implementation;
import io.github.ipseclint.model.target.Target;
import io.github.ipseclint.model.target.Version;
import io.github.ipseclint.model.target.VersionBucket;
import io.github.ipseclint.parse.crypto.BundledCatalog;
import java.util.ArrayList;
import java.util.List;

/**
 * strongSwan's built-in default proposals per version bucket, as negotiation.md §4.1 and
 * algorithms.md §3.1 list them for a build whose openssl plugin provides the EC groups. Each
 * proposal is written in the daemon's log form; algorithms the release lacks are dropped.
 */
final class StrongswanDefaults {
  private static final TransformNames NAMES =
      new TransformNames(BundledCatalog.CATALOG, Implementation.STRONGSWAN);

  private static final String IKE_CLASSIC_ENCR = "AES_CBC_128/AES_CBC_192/AES_CBC_256"
      + "/AES_CTR_128/AES_CTR_192/AES_CTR_256/CAMELLIA_CBC_128/CAMELLIA_CBC_192/CAMELLIA_CBC_256"
      + "/CAMELLIA_CTR_128/CAMELLIA_CTR_192/CAMELLIA_CTR_256/3DES";
  private static final String IKE_AEAD_ENCR = "AES_GCM_16_128/AES_GCM_16_192/AES_GCM_16_256"
      + "/AES_CCM_16_128/AES_CCM_16_192/AES_CCM_16_256/CHACHA20_POLY1305"
      + "/AES_GCM_12_128/AES_GCM_12_192/AES_GCM_12_256/AES_GCM_8_128/AES_GCM_8_192/AES_GCM_8_256"
      + "/AES_CCM_12_128/AES_CCM_12_192/AES_CCM_12_256/AES_CCM_8_128/AES_CCM_8_192/AES_CCM_8_256";
  private static final String IKE_INTEG =
      "HMAC_SHA2_256_128/HMAC_SHA2_384_192/HMAC_SHA2_512_256/HMAC_SHA1_96/AES_XCBC_96/AES_CMAC_96";
  private static final String PRF = "PRF_HMAC_SHA2_256/PRF_HMAC_SHA2_384/PRF_HMAC_SHA2_512"
      + "/PRF_AES128_XCBC/PRF_AES128_CMAC/PRF_HMAC_SHA1";
  /**
   * Round 1 (EC groups), round 2 (MODP >= 3072), MODP-2048. The ntru and newhope plugins that
   * added to round 1 before 6.0.0 were never built by default, and the 5.9.8 Debian build logs
   * no such method (negotiation.md §4.1).
   */
  private static final String KE = "ECP_256/ECP_384/ECP_521/ECP_256_BP/ECP_384_BP/ECP_512_BP"
      + "/CURVE_25519/CURVE_448/MODP_3072/MODP_4096/MODP_8192/MODP_2048";
  /**
   * 5.9.6 - 5.9.9: the openssl plugin registered X25519/X448 before its ECDH groups, so round 1
   * starts with them and KEi is CURVE_25519 (5.9.8 run); commit 312847e1a3 in 5.9.10 restored
   * ECDH first (negotiation.md §0.2, §4.1).
   */
  private static final Version CURVES_FIRST_FROM = new Version(5, 9, 6);
  private static final Version CURVES_FIRST_UNTIL = new Version(5, 9, 10);
  /** MODP-6144 joined the defaults in 5.9.0. */
  private static final String KE_59 = KE.replace("MODP_4096/", "MODP_4096/MODP_6144/");
  private static final String ESP_CLASSIC = "AES_CBC_128/AES_CBC_192/AES_CBC_256"
      + "/HMAC_SHA2_256_128/HMAC_SHA2_384_192/HMAC_SHA2_512_256/HMAC_SHA1_96/AES_XCBC_96";
  private static final String ESP_AEAD = "AES_GCM_16_128/AES_GCM_16_192/AES_GCM_16_256";
  private static final String AH = "HMAC_SHA2_256_128/HMAC_SHA2_384_192/HMAC_SHA2_512_256"
      + "/HMAC_SHA1_96/AES_XCBC_96";
  /** Up to 5.6.0: 5.6.1 removed these "in compliance with RFCs 8221 and 8247" (NEWS). */
  private static final String MD5 = "/HMAC_MD5_96";
  private static final String ESN = "/NO_EXT_SEQ";

  private StrongswanDefaults() {}

  /** The default proposals in the daemon's order for one use. */
  static List<Proposal> of(Target target, Protocol protocol, DefaultUse use, ProposalOrigin origin, Span span) {
    VersionBucket bucket = VersionBucket.of(target);
    List<String> texts = new ArrayList<>();
    if (protocol == Protocol.IKE) {
      texts.add(IKE_CLASSIC_ENCR + "/" + ikeTail(target, true));
      texts.add(IKE_AEAD_ENCR + "/" + ikeTail(target, false));
    } else if (protocol == Protocol.AH) {
      texts.add(AH + (bucket == VersionBucket.SW560 ? MD5 : "") + ESN + childKe(bucket));
    } else {
      String classic = bucket == VersionBucket.SW560
          ? ESP_CLASSIC.replace("AES_CBC_256/", "AES_CBC_256/3DES/BLOWFISH_256/") + MD5 + ESN
          : ESP_CLASSIC + ESN + childKe(bucket);
      if (!bucket.isAtLeast(VersionBucket.SW59A)) {
        texts.add(classic);
      } else {
        // 5.9.0 - 5.9.5 forgot the ESN transform in the AEAD default (negotiation.md §0.2).
        String aead = ESP_AEAD + (bucket == VersionBucket.SW59A ? "" : ESN) + childKe(bucket);
        boolean aeadFirst = use == DefaultUse.SWANCTL_OMITTED
            || (use == DefaultUse.SWANCTL_KEYWORD && bucket.isAtLeast(VersionBucket.SW60));
        texts.add(aeadFirst ? aead : classic);
        texts.add(aeadFirst ? classic : aead);
      }
    }
    return texts.stream()
        .map(text -> NAMES.proposal(protocol, text, target.version(), origin, span))
        .toList();
  }

  private static String ikeTail(Target target, boolean withInteg) {
    VersionBucket bucket = VersionBucket.of(target);
    boolean oldMd5 = bucket == VersionBucket.SW560;
    String integ = withInteg ? IKE_INTEG + (oldMd5 ? MD5 : "") + "/" : "";
    String prf = PRF + (oldMd5 ? "/PRF_HMAC_MD5" : "");
    String ke = bucket.isAtLeast(VersionBucket.SW59A) ? KE_59 : KE + (oldMd5 ? "/MODP_1024" : "");
    Version version = target.version();
    if (version.isAtLeast(CURVES_FIRST_FROM) && version.isBefore(CURVES_FIRST_UNTIL)) {
      ke = "CURVE_25519/CURVE_448/" + ke.replace("/CURVE_25519/CURVE_448", "");
    }
    return integ + prf + "/" + ke;
  }

  /** From 6.0.2 the CHILD SA defaults offer every KE method and {@code none}: PFS optional. */
  private static String childKe(VersionBucket bucket) {
    return bucket.isAtLeast(VersionBucket.SW602) ? "/" + KE_59 + "/NONE" : "";
  }
}
