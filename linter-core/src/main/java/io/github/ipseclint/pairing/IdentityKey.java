// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.pairing;

import io.github.ipseclint.model.ipsec.AddressIdentity;
import io.github.ipseclint.model.ipsec.DnIdentity;
import io.github.ipseclint.model.ipsec.Identity;
import io.github.ipseclint.model.ipsec.IdentityType;
import io.github.ipseclint.model.ipsec.NameIdentity;
import java.util.Locale;
import java.util.Optional;

/**
 * An identity that names exactly one peer, in a form equal for equal identities: what the pairing
 * indexes connections by. Names compare without case (both daemons do); wildcards, {@code %any}
 * and identities whose value is unknown here (a certificate's subject) have no key.
 */
record IdentityKey(IdentityType type, String value) {

  static Optional<IdentityKey> of(Identity identity) {
    if (identity instanceof NameIdentity name && !name.hasLeadingWildcard()) {
      return Optional.of(new IdentityKey(name.type(), name.name().latin1().toLowerCase(Locale.ROOT)));
    }
    if (identity instanceof DnIdentity dn && !dn.dn().hasWildcards()) {
      return Optional.of(new IdentityKey(dn.type(), dn.dn().toString().toLowerCase(Locale.ROOT)));
    }
    if (identity instanceof AddressIdentity address) {
      return Optional.of(new IdentityKey(address.type(), address.address().toString()));
    }
    return Optional.empty();
  }
}
