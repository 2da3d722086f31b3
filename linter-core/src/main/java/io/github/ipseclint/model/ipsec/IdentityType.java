// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.model.ipsec;

/** The IKE identity types (RFC 7296 §3.5) plus the owner-only forms the daemons add. */
public enum IdentityType {
  /** Matches every identity: {@code %any}, {@code 0.0.0.0}, no selector. */
  ANY,
  IPV4_ADDR,
  IPV6_ADDR,
  /** strongSwan owners only: {@code 10.0.0.0/8} (since 5.4.0). */
  IPV4_ADDR_SUBNET,
  IPV6_ADDR_SUBNET,
  /** strongSwan owners only: {@code 10.0.0.1-10.0.0.9} (since 5.4.0). */
  IPV4_ADDR_RANGE,
  IPV6_ADDR_RANGE,
  FQDN,
  /** E-mail address (RFC822_ADDR); strongSwan's USER_FQDN is the same type. */
  USER_FQDN,
  DER_ASN1_DN,
  DER_ASN1_GN,
  KEY_ID,
  /** strongSwan {@code uri:} (ID_DER_ASN1_GN_URI). */
  URI,
  /** strongSwan {@code xmppaddr:}. */
  XMPP_ADDR,
  /**
   * Libreswan only: a bare host name, which pluto resolves through DNS when it loads the file.
   * ipseclint never resolves names, so such an identity matches nothing it knows.
   */
  UNRESOLVED_HOSTNAME;

  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }
}
