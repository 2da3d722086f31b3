// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.model.ipsec;

import io.github.ipseclint.model.source.ByteText;
import io.github.ipseclint.model.source.Located;

/** The identity that matches every other one ({@code %any}, {@code %any6}, {@code 0.0.0.0} ...). */
public record AnyIdentity(Located<ByteText> written) implements Identity {
  @Override
  public IdentityType type() {
    return IdentityType.ANY;
  }

  @Override
  public String toString() {
    return "any(" + written.value().display() + ")@" + written.span();
  }
}
