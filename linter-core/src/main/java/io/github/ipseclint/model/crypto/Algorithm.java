// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.model.crypto;

import io.github.ipseclint.model.target.Implementation;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * One catalog entry: a keyword as one implementation accepts it in proposals, the transform it
 * selects and how the guidance documents rate that transform.
 *
 * @param ianaName the IANA IKEv2 transform name ({@code ENCR_AES_CBC}, {@code PRF_HMAC_SHA2_256},
 *     {@code MODP_2048}), or a descriptive name for private-use algorithms
 * @param ianaId the IKEv2 transform id; empty for private-use or IKEv1-only values
 * @param keyBits the key lengths the keyword selects; two for a Libreswan cipher written without
 *     a length (it proposes both), empty where no key length applies
 * @param variableKeyLength true for ciphers whose key length is a transform attribute
 */
public record Algorithm(
    String keyword,
    Implementation implementation,
    TransformType type,
    String ianaName,
    OptionalInt ianaId,
    List<Integer> keyBits,
    boolean variableKeyLength,
    OptionalInt strengthBits,
    OptionalInt icvBits,
    boolean aead,
    Usage usage,
    Availability availability,
    Ratings ratings) {

  public Algorithm {
    Objects.requireNonNull(keyword, "keyword");
    Objects.requireNonNull(ianaName, "ianaName");
    keyBits = List.copyOf(keyBits);
  }

  /** True for the {@code NONE} KE (no PFS) and the {@code NONE} integrity of AEAD ciphers. */
  public boolean isNone() {
    return ianaName.equals("NONE");
  }

  /** True when the keyword leaves the key length open (Libreswan {@code aes}: 128 and 256). */
  public boolean leavesKeyLengthOpen() {
    return variableKeyLength && keyBits.size() > 1;
  }
}
