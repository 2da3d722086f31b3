// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.model.crypto;

/**
 * What the guidance documents say about one transform: RFC 8247 for IKE SA proposals, RFC 8221
 * for ESP/AH proposals, NIST, BSI TR-02102-3 and CNSA 2.0.
 */
public record Ratings(
    RfcStatus rfc8247, RfcStatus rfc8221, NistStatus nist, BsiStatus bsi, CnsaStatus cnsa) {}
