// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.model.ipsec;

import io.github.ipseclint.model.source.ByteText;
import io.github.ipseclint.model.source.Located;
import io.github.ipseclint.model.source.Span;

/**
 * An IKE identity as one daemon reads it from text (a secrets selector, a swanctl {@code id}, a
 * lookup key). The daemon decides the type from the text, so the same text can be a different
 * identity for strongSwan and Libreswan; the parsers in {@code parse.identity} say which.
 */
public sealed interface Identity
    permits AnyIdentity, AddressIdentity, SubnetIdentity, RangeIdentity, NameIdentity, DnIdentity,
        BinaryIdentity, UnresolvedHostIdentity, CertificateIdentity {

  IdentityType type();

  /** The text as written (quotes removed) and where. */
  Located<ByteText> written();

  default Span span() {
    return written().span();
  }
}
