// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.model.ipsec;

import io.github.ipseclint.model.source.ByteText;
import io.github.ipseclint.model.source.Located;

/**
 * An FQDN ({@code @vpn.example.org}, strongSwan also a bare {@code vpn.example.org}) or USER_FQDN
 * ({@code user@example.org}, {@code @@user}). Both daemons compare these case-insensitively.
 *
 * @param name the identity's bytes: the text without {@code @} / {@code @@} or type prefix
 */
public record NameIdentity(IdentityType type, ByteText name, Located<ByteText> written) implements Identity {

  public NameIdentity {
    if (type != IdentityType.FQDN && type != IdentityType.USER_FQDN) {
      throw new IllegalArgumentException("not a name type: " + type);
    }
  }

  /**
   * strongSwan's wildcard: a leading {@code *} matches any suffix ({@code *.example.org}); a lone
   * {@code *} is no better than "any". Libreswan has no such wildcard.
   */
  public boolean hasLeadingWildcard() {
    return name.latin1().startsWith("*");
  }

  @Override
  public String toString() {
    return type.label() + "(" + name.display() + ")@" + written.span();
  }
}
