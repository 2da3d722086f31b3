// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.parse.identity;

import io.github.ipseclint.model.ipsec.AddressIdentity;
import io.github.ipseclint.model.ipsec.Identity;
import io.github.ipseclint.model.ipsec.IpAddress;
import io.github.ipseclint.model.ipsec.RangeIdentity;
import io.github.ipseclint.model.ipsec.SubnetIdentity;
import io.github.ipseclint.model.source.ByteText;
import io.github.ipseclint.model.source.Located;
import java.util.Optional;

/**
 * strongSwan's address identities (identification.c since 5.4.0): an address, {@code net/bits}
 * or {@code from-to}; subnet and range only where both parts have the family the text implies.
 */
final class AddressForms {
  private AddressForms() {}

  static Optional<Identity> address(String text, boolean v6, Located<ByteText> written) {
    return IpLiteral.parse(text).filter(a -> a.isV6() == v6).map(a -> new AddressIdentity(a, written));
  }

  static Optional<Identity> subnet(String text, boolean v6, Located<ByteText> written) {
    int slash = text.indexOf('/');
    if (slash < 0) {
      return Optional.empty();
    }
    String bits = text.substring(slash + 1);
    Optional<IpAddress> network = IpLiteral.parse(text.substring(0, slash)).filter(a -> a.isV6() == v6);
    if (network.isEmpty() || bits.isEmpty() || bits.length() > 3
        || !bits.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return Optional.empty();
    }
    int length = Integer.parseInt(bits);
    if (length > network.get().bits()) {
      return Optional.empty();
    }
    return Optional.of(new SubnetIdentity(network.get(), length, written));
  }

  static Optional<Identity> range(String text, boolean v6, Located<ByteText> written) {
    int dash = text.indexOf('-');
    if (dash < 0) {
      return Optional.empty();
    }
    Optional<IpAddress> from = IpLiteral.parse(text.substring(0, dash)).filter(a -> a.isV6() == v6);
    Optional<IpAddress> to = IpLiteral.parse(text.substring(dash + 1)).filter(a -> a.isV6() == v6);
    if (from.isEmpty() || to.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new RangeIdentity(from.get(), to.get(), written));
  }

  /** An address, a subnet or a range, in that order. */
  static Optional<Identity> any(String text, boolean v6, Located<ByteText> written) {
    return address(text, v6, written)
        .or(() -> subnet(text, v6, written))
        .or(() -> range(text, v6, written));
  }
}
