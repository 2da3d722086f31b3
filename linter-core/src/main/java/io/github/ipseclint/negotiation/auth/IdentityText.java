// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.negotiation.auth;

import io.github.ipseclint.model.ipsec.AddressIdentity;
import io.github.ipseclint.model.ipsec.AnyIdentity;
import io.github.ipseclint.model.ipsec.CertificateIdentity;
import io.github.ipseclint.model.ipsec.DnIdentity;
import io.github.ipseclint.model.ipsec.Identity;
import io.github.ipseclint.model.ipsec.IdentityType;
import io.github.ipseclint.model.ipsec.NameIdentity;
import io.github.ipseclint.model.ipsec.UnresolvedHostIdentity;
import io.github.ipseclint.model.target.VersionBucket;

/**
 * How each daemon prints an identity in its log: strongSwan's {@code %Y} shows an FQDN without
 * its {@code @} ({@code 'left'}), Libreswan keeps it ({@code '@left'}); both print addresses and
 * DNs as text. Type names: strongSwan {@code ID_FQDN}, Libreswan 5 {@code FQDN}, 4.x
 * {@code ID_FQDN}.
 */
public final class IdentityText {

  private IdentityText() {}

  public static String strongswan(Identity id) {
    if (id instanceof AnyIdentity) {
      return "%any";
    }
    if (id instanceof NameIdentity name) {
      return name.name().display();
    }
    return common(id);
  }

  public static String libreswan(Identity id) {
    if (id instanceof AnyIdentity any) {
      return any.written().value().latin1().equals("%null") ? "%null" : "%any";
    }
    if (id instanceof NameIdentity name) {
      return name.type() == IdentityType.FQDN ? "@" + name.name().display() : name.name().display();
    }
    return common(id);
  }

  /** {@code ID_FQDN}, {@code ID_IPV4_ADDR}, {@code ID_DER_ASN1_DN} ... */
  public static String strongswanType(Identity id) {
    IdentityType type = wireType(id);
    if (type == IdentityType.USER_FQDN) {
      return "ID_RFC822_ADDR";
    }
    if (type == IdentityType.URI) {
      return "ID_DER_ASN1_GN_URI";
    }
    return "ID_" + type.name();
  }

  /** {@code FQDN} (Libreswan 5), {@code ID_FQDN} (Libreswan 4.x). */
  public static String libreswanType(Identity id, VersionBucket bucket) {
    String name = wireType(id).name();
    return bucket.isAtLeast(VersionBucket.LS5) ? name : "ID_" + name;
  }

  /** The type the identity has on the wire: a host name the daemon resolved is an address. */
  private static IdentityType wireType(Identity id) {
    return id instanceof UnresolvedHostIdentity ? IdentityType.IPV4_ADDR : id.type();
  }

  private static String common(Identity id) {
    if (id instanceof AddressIdentity address) {
      return address.address().toString();
    }
    if (id instanceof DnIdentity dn) {
      return dn.dn().toString();
    }
    if (id instanceof CertificateIdentity certificate) {
      return "<subject of " + certificate.written().value().display() + ">";
    }
    if (id instanceof UnresolvedHostIdentity host) {
      // An own address left to the routing table (%any, %defaultroute) is simply unknown.
      String name = host.hostName().display();
      return name.startsWith("%") ? OuterAddresses.UNKNOWN : "<address of " + name + ">";
    }
    return id.written().value().display();
  }
}
