// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.model.ipsec;

import io.github.ipseclint.model.source.ByteText;
import io.github.ipseclint.model.source.Located;

/**
 * A strongSwan subnet owner such as {@code 10.1.0.0/16}. The network is kept as written (host bits
 * included), as strongSwan encodes it; only matching applies the mask.
 */
public record SubnetIdentity(IpAddress network, int prefixLength, Located<ByteText> written)
    implements Identity {

  public SubnetIdentity {
    if (prefixLength < 0 || prefixLength > network.bits()) {
      throw new IllegalArgumentException("prefix length " + prefixLength + " out of range");
    }
  }

  @Override
  public IdentityType type() {
    return network.isV6() ? IdentityType.IPV6_ADDR_SUBNET : IdentityType.IPV4_ADDR_SUBNET;
  }

  public boolean contains(IpAddress address) {
    return network.samePrefix(address, prefixLength);
  }

  /** A {@code /0} subnet covers every address of its family. */
  public boolean coversAll() {
    return prefixLength == 0;
  }

  @Override
  public String toString() {
    return type().label() + "(" + network + "/" + prefixLength + ")@" + written.span();
  }
}
