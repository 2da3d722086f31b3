// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.model.crypto;

/** NIST status words of SP 800-131A, SP 800-56A and FIPS 203 (algorithms.md §0.2). */
public enum NistLevel {
  ACCEPTABLE,
  RESTRICTED,
  DISALLOWED,
  NOT_APPROVED,
  /** FIPS 203 (ML-KEM). */
  APPROVED,
  NOT_APPLICABLE
}
