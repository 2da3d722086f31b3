// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.model.crypto;

/**
 * IKEv2 transform types (RFC 7296 §3.3.2, RFC 9370 for the additional key exchanges), declared in
 * the order of the canonical proposal text (algorithms.md §1.3).
 */
public enum TransformType {
  ENCR,
  INTEG,
  PRF,
  KE,
  ADDKE1,
  ADDKE2,
  ADDKE3,
  ADDKE4,
  ADDKE5,
  ADDKE6,
  ADDKE7,
  ESN;

  /** The additional key exchange round 1..7. */
  public static TransformType additionalKeyExchange(int round) {
    if (round < 1 || round > 7) {
      throw new IllegalArgumentException("additional key exchange round " + round);
    }
    return values()[ADDKE1.ordinal() + round - 1];
  }

  public boolean isKeyExchange() {
    return this == KE || isAdditionalKeyExchange();
  }

  public boolean isAdditionalKeyExchange() {
    return ordinal() >= ADDKE1.ordinal() && ordinal() <= ADDKE7.ordinal();
  }

  /** The round of an additional key exchange (1..7); 0 for every other type. */
  public int round() {
    return isAdditionalKeyExchange() ? ordinal() - ADDKE1.ordinal() + 1 : 0;
  }
}
