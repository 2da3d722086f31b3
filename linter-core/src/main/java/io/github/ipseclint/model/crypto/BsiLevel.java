// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.model.crypto;

/** BSI TR-02102-3 / -1 status words (algorithms.md §0.2). */
public enum BsiLevel {
  RECOMMENDED,
  /** ML-KEM: recommended only together with a classical key exchange. */
  RECOMMENDED_IN_HYBRID,
  NOT_RECOMMENDED,
  NOT_LISTED,
  NOT_APPLICABLE
}
