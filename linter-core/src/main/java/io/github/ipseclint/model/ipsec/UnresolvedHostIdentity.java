// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.model.ipsec;

import io.github.ipseclint.model.source.ByteText;
import io.github.ipseclint.model.source.Located;

/**
 * A Libreswan index or id that is a bare host name ({@code gw.example.org} without {@code @}):
 * pluto looks it up in DNS when it loads the file and uses the address. ipseclint never touches
 * the network, so the address is unknown and this identity equals nothing but itself.
 */
public record UnresolvedHostIdentity(ByteText hostName, Located<ByteText> written) implements Identity {
  @Override
  public IdentityType type() {
    return IdentityType.UNRESOLVED_HOSTNAME;
  }

  @Override
  public String toString() {
    return "unresolved-hostname(" + hostName.display() + ")@" + written.span();
  }
}
