// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.model.ipsec;

import io.github.ipseclint.model.source.ByteText;
import io.github.ipseclint.model.source.Located;

/** An IPV4_ADDR or IPV6_ADDR identity. */
public record AddressIdentity(IpAddress address, Located<ByteText> written) implements Identity {
  @Override
  public IdentityType type() {
    return address.isV6() ? IdentityType.IPV6_ADDR : IdentityType.IPV4_ADDR;
  }

  @Override
  public String toString() {
    return type().label() + "(" + address + ")@" + written.span();
  }
}
