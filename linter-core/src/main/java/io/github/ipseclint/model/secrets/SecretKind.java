// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.model.secrets;

import java.util.Locale;
import java.util.Optional;

/** The type token of an entry: {@code PSK}, {@code RSA}, {@code PPKS} ... */
public enum SecretKind {
  PSK,
  EAP,
  XAUTH,
  NTLM,
  RSA,
  ECDSA,
  PKCS8,
  P12,
  PIN,
  /** Libreswan: a postquantum preshared key with its PPK id. */
  PPKS;

  /** strongSwan compares type tokens byte-exactly and knows no PPKS. */
  public static Optional<SecretKind> strongswan(String token) {
    for (SecretKind kind : values()) {
      if (kind != PPKS && kind.name().equals(token)) {
        return Optional.of(kind);
      }
    }
    return Optional.empty();
  }

  /** Libreswan compares case-insensitively; which kinds it loads depends on the release. */
  public static Optional<SecretKind> anyIgnoringCase(String token) {
    for (SecretKind kind : values()) {
      if (kind.name().equals(token.toUpperCase(Locale.ROOT))) {
        return Optional.of(kind);
      }
    }
    return Optional.empty();
  }

  /** True for the kinds whose value is a shared secret (not a private key reference). */
  public boolean isSharedSecret() {
    return this == PSK || this == EAP || this == XAUTH || this == NTLM || this == PPKS;
  }
}
