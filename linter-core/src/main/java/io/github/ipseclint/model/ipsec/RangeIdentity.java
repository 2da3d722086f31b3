// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.model.ipsec;

import io.github.ipseclint.model.source.ByteText;
import io.github.ipseclint.model.source.Located;

/** A strongSwan address range owner such as {@code 10.0.0.1-10.0.0.9} (both ends included). */
public record RangeIdentity(IpAddress from, IpAddress to, Located<ByteText> written) implements Identity {

  public RangeIdentity {
    if (from.isV6() != to.isV6()) {
      throw new IllegalArgumentException("range ends of different families");
    }
  }

  @Override
  public IdentityType type() {
    return from.isV6() ? IdentityType.IPV6_ADDR_RANGE : IdentityType.IPV4_ADDR_RANGE;
  }

  public boolean contains(IpAddress address) {
    return address.isV6() == from.isV6() && from.compareTo(address) <= 0 && address.compareTo(to) <= 0;
  }

  /** From the lowest to the highest address of the family. */
  public boolean coversAll() {
    return from.isUnspecified() && to.octets().latin1().chars().allMatch(b -> b == 0xff);
  }

  @Override
  public String toString() {
    return type().label() + "(" + from + "-" + to + ")@" + written.span();
  }
}
