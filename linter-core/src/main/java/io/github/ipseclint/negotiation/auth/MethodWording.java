// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.negotiation.auth;

import io.github.ipseclint.model.ipsec.AuthMethod;

/** How each daemon names an authentication method in its log lines. */
public final class MethodWording {

  private MethodWording() {}

  /** strongSwan's auth class names ({@code constraint requires <class> authentication}). */
  public static String strongswanClass(AuthMethod method) {
    switch (method) {
      case PSK:
        return "pre-shared key";
      case PUBKEY:
        return "public key";
      case EAP:
        return "EAP";
      case XAUTH:
        return "XAuth";
      default:
        return "any";
    }
  }

  /**
   * strongSwan's {@code authentication of '<id>' with <method>}. The signature scheme of a
   * public key depends on the key and on RFC 7427 support at run time, so it stays a placeholder.
   */
  public static String strongswanWith(AuthMethod method) {
    switch (method) {
      case PSK:
        return "pre-shared key";
      case PUBKEY:
        return "<signature scheme>";
      case EAP:
        return "EAP";
      default:
        return "NULL authentication";
    }
  }

  /** strongSwan's IKEv1 method names ({@code none allows <method> authentication}). */
  public static String strongswanIkev1(AuthMethod method) {
    return method == AuthMethod.PSK ? "pre-shared key" : method == AuthMethod.PUBKEY ? "RSA signature" : "XAuth";
  }

  /**
   * Libreswan's {@code authby} keyword for an end's method. ipseclint keeps only the method, not
   * the written keyword, so every signature method reads {@code rsasig}.
   */
  public static String libreswanAuthby(AuthMethod method) {
    switch (method) {
      case PSK:
        return "secret";
      case PUBKEY:
        return "rsasig";
      case EAP:
        return "eaponly";
      case NULL:
        return "null";
      case NEVER:
        return "never";
      default:
        return "xauth";
    }
  }
}
