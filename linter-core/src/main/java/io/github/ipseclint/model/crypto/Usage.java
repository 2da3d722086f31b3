// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.model.crypto;

import java.util.Set;

/** The protocols a keyword may appear in, per IKE version (AEAD IKE ciphers are IKEv2 only). */
public record Usage(Set<Protocol> ikev1, Set<Protocol> ikev2) {
  public Usage {
    ikev1 = Set.copyOf(ikev1);
    ikev2 = Set.copyOf(ikev2);
  }

  public boolean allows(Protocol protocol, IkeVersion version) {
    if (version == IkeVersion.IKEV1) {
      return ikev1.contains(protocol);
    }
    if (version == IkeVersion.IKEV2) {
      return ikev2.contains(protocol);
    }
    return ikev1.contains(protocol) || ikev2.contains(protocol);
  }
}
