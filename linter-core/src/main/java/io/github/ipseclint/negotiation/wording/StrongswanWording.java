// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.negotiation.wording;

import io.github.ipseclint.model.crypto.Proposal;
import io.github.ipseclint.model.crypto.Transform;
import io.github.ipseclint.model.crypto.TransformType;
import io.github.ipseclint.model.target.VersionBucket;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * How charon prints proposals and key exchange methods ({@code %P}, {@code %N}): transforms in
 * the fixed order ENCR, INTEG, PRF, KE, ESN, one key length each, IANA names without the
 * {@code ENCR_}/{@code AUTH_} prefix (negotiation.md §13).
 */
public final class StrongswanWording {
  /** Ciphers whose charon name carries the mode the IANA name leaves out. */
  private static final Map<String, String> CIPHER_NAMES =
      Map.of("3DES", "3DES_CBC", "DES", "DES_CBC", "BLOWFISH", "BLOWFISH_CBC", "CAST", "CAST_CBC");

  private StrongswanWording() {}

  /** {@code IKE:AES_CBC_128/HMAC_SHA2_256_128/PRF_HMAC_SHA2_256/ECP_256}. */
  public static String proposal(Proposal proposal) {
    return proposal.protocol() + ":" + suite(proposal);
  }

  /** Proposals as {@code %#P} lists them: joined by {@code ", "}. */
  public static String proposals(List<Proposal> proposals) {
    return proposals.stream().map(StrongswanWording::proposal).collect(Collectors.joining(", "));
  }

  /** A proposal without its protocol, as in {@code selected proposal:} after the colon. */
  public static String suite(Proposal proposal) {
    return SentTransform.of(proposal.transforms()).stream()
        .map(StrongswanWording::name)
        .collect(Collectors.joining("/"));
  }

  /** A key exchange method: {@code ECP_256}, {@code MODP_2048}, {@code CURVE_25519}. */
  public static String keyExchange(Transform method) {
    return method.ianaName();
  }

  /** 5.9 says "DH group", 6.x "key exchange method" (negotiation.md §6.2, §6.3). */
  public static String keyExchangeWord(VersionBucket bucket) {
    return bucket.isAtLeast(VersionBucket.SW60) ? "key exchange method" : "DH group";
  }

  private static String name(SentTransform sent) {
    TransformType type = sent.type();
    if (type == TransformType.ENCR) {
      String bare = sent.bareName();
      return sent.withKeyBits(CIPHER_NAMES.getOrDefault(bare, bare));
    }
    if (type == TransformType.PRF) {
      return "PRF_" + sent.bareName();
    }
    if (type.isAdditionalKeyExchange()) {
      return "KE" + type.round() + "_" + sent.transform().ianaName();
    }
    return sent.withKeyBits(sent.bareName());
  }
}
