// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.model.ipsec;

import io.github.ipseclint.model.source.ByteText;
import io.github.ipseclint.model.source.Located;

/**
 * An identity compared byte for byte with others of its type: KEY_ID ({@code @#hex}, or text
 * strongSwan could not read as a DN or IPv6 address), and the rarer strongSwan prefix types.
 *
 * @param encoding the identity's bytes (decoded for {@code @#hex} and {@code prefix:#hex})
 */
public record BinaryIdentity(IdentityType type, ByteText encoding, Located<ByteText> written)
    implements Identity {

  @Override
  public String toString() {
    return type.label() + "(" + encoding.display() + ")@" + written.span();
  }
}
