// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.model.crypto;

/** NSA CNSA 2.0 status words, with CNSA 1.0 (RFC 9206) as the transitional baseline. */
public enum CnsaLevel {
  APPROVED,
  /** An approved algorithm that the NSA IPsec profile does not use in this mode. */
  APPROVED_ALGORITHM,
  REQUIRED,
  /** Allowed by CNSA 1.0 only, i.e. during the transition. */
  CNSA1_ONLY,
  NOT_APPROVED,
  NOT_APPLICABLE
}
