// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.negotiation.auth;

import io.github.ipseclint.model.ipsec.AddressIdentity;
import io.github.ipseclint.model.ipsec.AuthRound;
import io.github.ipseclint.model.ipsec.Connection;
import io.github.ipseclint.model.ipsec.Identity;
import io.github.ipseclint.model.ipsec.UnresolvedHostIdentity;

/**
 * Whether the certificate an end signs with covers the ID it sends (negotiation.md §10.4): both
 * daemons require the ID to be the certificate's subject or one of its subjectAltNames.
 *
 * <p>ipseclint does not read certificate files. It assumes a certificate covers its subject DN
 * and DNS or e-mail names, but not IP addresses: gateway certificates rarely carry an IP address
 * SAN, and an address ID next to a certificate is nearly always Libreswan's default ID (the
 * {@code left} address), not a deliberate choice (case C25). Trust in the issuing CA is assumed.
 */
public final class CertificateCoverage {

  private CertificateCoverage() {}

  /** False when the signer authenticates with a certificate that cannot carry its address ID. */
  public static boolean covers(Connection signer, Identity sent) {
    AuthRound round = signer.local().auth().get(0);
    boolean addressId = sent instanceof AddressIdentity || sent instanceof UnresolvedHostIdentity;
    return round.certificates().isEmpty() || !addressId;
  }
}
