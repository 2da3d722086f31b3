// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.model.ipsec;

import io.github.ipseclint.model.target.Implementation;

/** What a secret is for. */
public enum SecretType {
  /** IKE pre-shared key ({@code PSK}, swanctl {@code ike*}). */
  IKE_PSK,
  EAP,
  XAUTH,
  /** strongSwan: the NT hash of an EAP-MSCHAPv2 password. */
  NTLM,
  /** Postquantum preshared key (swanctl {@code ppk*}, Libreswan {@code PPKS}). */
  PPK,
  /** A private key reference (file, PKCS#12, token) with its passphrase or PIN. */
  PRIVATE_KEY;

  /**
   * True when a lookup for {@code requested} can return a secret of this type. strongSwan stores
   * EAP and XAUTH passwords as one type (SHARED_EAP), so either serves both.
   */
  public boolean serves(SecretType requested, Implementation implementation) {
    if (this == requested) {
      return true;
    }
    boolean eapOrXauth = (this == EAP || this == XAUTH) && (requested == EAP || requested == XAUTH);
    return implementation == Implementation.STRONGSWAN && eapOrXauth;
  }

  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }
}
