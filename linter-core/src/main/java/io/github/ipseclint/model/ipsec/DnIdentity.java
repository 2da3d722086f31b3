// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.model.ipsec;

import io.github.ipseclint.model.source.ByteText;
import io.github.ipseclint.model.source.Located;

/** A DER_ASN1_DN identity written as text ({@code C=CH, O=Example, CN=gw}). */
public record DnIdentity(DistinguishedName dn, Located<ByteText> written) implements Identity {
  @Override
  public IdentityType type() {
    return IdentityType.DER_ASN1_DN;
  }

  @Override
  public String toString() {
    return "dn(" + dn + ")@" + written.span();
  }
}
