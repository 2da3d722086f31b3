// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.model.crypto;

/**
 * Requirement levels of RFC 8247 (IKEv2) and RFC 8221 (ESP/AH) as updated by RFC 9395, plus the
 * IANA status column (algorithms.md §0.2 status vocabulary).
 */
public enum RfcLevel {
  MUST,
  SHOULD_PLUS,
  SHOULD,
  MUST_MINUS,
  MAY,
  /** Not mentioned by the RFC's tables, which makes it MAY. */
  NOT_LISTED,
  SHOULD_NOT,
  MUST_NOT,
  /** IANA status "Deprecated" (RFC 9395). */
  DEPRECATED,
  /** IANA: not allowed for IKEv2 (or a KE of NONE in an IKE SA proposal). */
  NOT_ALLOWED,
  /** A KE in ESP/AH proposals: optional (PFS). */
  OPTIONAL,
  /** Not an IKE/ESP transform, or private use. */
  NOT_APPLICABLE
}
