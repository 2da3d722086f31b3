// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.negotiation.check;

import io.github.ipseclint.model.ipsec.AddressIdentity;
import io.github.ipseclint.model.ipsec.AnyIdentity;
import io.github.ipseclint.model.ipsec.Identity;
import io.github.ipseclint.model.ipsec.IdentityType;
import io.github.ipseclint.model.ipsec.NameIdentity;

/** An IKE identity as each daemon prints it in log lines. */
final class LoggedIdentity {

  private LoggedIdentity() {}

  /** charon's {@code %Y}: an FQDN without {@code @} ({@code 'client'}), an address, a DN as written. */
  static String strongswan(Identity id) {
    if (id instanceof NameIdentity name) {
      return name.name().display();
    }
    if (id instanceof AddressIdentity address) {
      return address.address().toString();
    }
    return id instanceof AnyIdentity ? "%any" : id.written().value().display();
  }

  /** pluto's ID text: an FQDN with {@code @} ({@code @right}), an address, a DN as written. */
  static String libreswan(Identity id) {
    if (id instanceof NameIdentity name) {
      return (name.type() == IdentityType.FQDN ? "@" : "") + name.name().display();
    }
    if (id instanceof AddressIdentity address) {
      return address.address().toString();
    }
    return id instanceof AnyIdentity ? "%any" : id.written().value().display();
  }
}
