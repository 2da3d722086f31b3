// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.model.ipsec;

import io.github.ipseclint.model.source.ByteText;
import io.github.ipseclint.model.source.Located;

/**
 * The subject DN of a configured certificate, which the daemon uses as the ID when none is
 * configured (strongSwan) or when asked with {@code %fromcert} (Libreswan). ipseclint does not
 * read certificate files, so the DN itself is unknown; {@link #written()} is the certificate
 * reference.
 */
public record CertificateIdentity(Located<ByteText> written) implements Identity {
  @Override
  public IdentityType type() {
    return IdentityType.DER_ASN1_DN;
  }

  @Override
  public String toString() {
    return "subject-of(" + written.value().display() + ")@" + written.span();
  }
}
