// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.negotiation.auth;

import io.github.ipseclint.model.ipsec.AnyIdentity;
import io.github.ipseclint.model.ipsec.CertificateIdentity;
import io.github.ipseclint.model.ipsec.DnIdentity;
import io.github.ipseclint.model.ipsec.Identity;
import io.github.ipseclint.model.ipsec.IdentityType;
import io.github.ipseclint.model.ipsec.LibreswanSecretSelection;
import io.github.ipseclint.model.ipsec.StrongswanSecretSelection;

/**
 * Whether an identity received in IKE_AUTH satisfies a configured one, the way each daemon
 * compares them (negotiation.md §10.1): IDs of different types never match, except against
 * "any". The result is a score, 0 for no match and higher for better matches.
 *
 * <p>ipseclint does not read certificates. An ID taken from a certificate's subject (strongSwan's
 * default with a certificate, Libreswan {@code %fromcert}) is assumed to be the DN the other end
 * expects, and a Libreswan {@code %fromcert} remote ID accepts any DN.
 */
public final class IdentityMatch {
  /** strongSwan's ID_MATCH_PERFECT, also used for an assumed certificate subject. */
  static final int PERFECT = 20;
  /** Libreswan: the IDs are the same. */
  public static final int EXACT = 2;
  /** Libreswan: a wildcard, {@code %any} or {@code %fromcert} accepts the ID. */
  public static final int WILDCARD = 1;

  private IdentityMatch() {}

  /** strongSwan's {@code id->matches(pattern)}: the pattern may hold wildcards. */
  public static int strongswan(Identity id, Identity pattern) {
    if (pattern instanceof AnyIdentity) {
      return StrongswanSecretSelection.score(id, pattern);
    }
    if (id instanceof CertificateIdentity || pattern instanceof CertificateIdentity) {
      return isDn(id) && isDn(pattern) ? PERFECT : 0;
    }
    return StrongswanSecretSelection.score(id, pattern);
  }

  /**
   * strongSwan's peer-config look-up: the received ID against the configured one, and the other
   * way round when that fails (a requested IDr may be "any").
   */
  public static int strongswanEitherWay(Identity received, Identity configured) {
    int match = strongswan(received, configured);
    return match > 0 ? match : strongswan(configured, received);
  }

  /** Libreswan's comparison of a received ID with a connection's ID: {@link #EXACT}, {@link #WILDCARD} or 0. */
  public static int libreswan(Identity received, Identity configured) {
    if (LibreswanSecretSelection.isAny(configured)) {
      return WILDCARD;
    }
    if (configured instanceof CertificateIdentity) {
      return isDn(received) ? WILDCARD : 0;
    }
    if (received instanceof CertificateIdentity) {
      return isDn(configured) ? EXACT : 0;
    }
    if (configured instanceof DnIdentity pattern && pattern.dn().hasWildcards()) {
      return received instanceof DnIdentity dn && dn.dn().matchWildcards(pattern.dn()).isPresent() ? WILDCARD : 0;
    }
    return LibreswanSecretSelection.same(received, configured) ? EXACT : 0;
  }

  private static boolean isDn(Identity id) {
    return id.type() == IdentityType.DER_ASN1_DN;
  }
}
