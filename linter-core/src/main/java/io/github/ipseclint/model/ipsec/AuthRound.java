// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.model.ipsec;

import io.github.ipseclint.model.source.ByteText;
import io.github.ipseclint.model.source.Located;
import java.util.List;
import java.util.Optional;

/**
 * One authentication round of one end (swanctl {@code local*}/{@code remote*}, ipsec.conf
 * {@code leftauth}/{@code leftauth2}, Libreswan {@code authby}).
 *
 * @param eapType the EAP method ({@code md5}, {@code mschapv2}, ...) when {@link #method()} is
 *     EAP; empty for "any EAP type"
 * @param id the identity this round authenticates; daemon defaults per §1.2 and §10.1
 * @param certificates certificate references as written (files are never read)
 */
public record AuthRound(
    Configured<AuthMethod> method,
    Optional<String> eapType,
    Configured<Identity> id,
    List<Located<ByteText>> certificates) {

  public AuthRound {
    certificates = List.copyOf(certificates);
  }

  /** {@code pubkey}, {@code eap-mschapv2}, {@code psk} ... */
  public String methodLabel() {
    String base = method.value().name().toLowerCase(java.util.Locale.ROOT);
    return eapType.map(type -> base + "-" + type).orElse(base);
  }
}
