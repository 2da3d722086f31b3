// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.negotiation.auth;

import io.github.ipseclint.model.ipsec.AuthMethod;
import io.github.ipseclint.model.ipsec.Identity;
import io.github.ipseclint.model.crypto.Proposal;
import io.github.ipseclint.model.crypto.Transform;
import io.github.ipseclint.model.crypto.TransformType;
import io.github.ipseclint.negotiation.wording.LibreswanWording;
import java.util.List;
import java.util.Optional;

/**
 * The lines both daemons log around IKEv1 phase-1 authentication (negotiation.md §10.3, §10.5,
 * §11.2, §13.2, and the Libreswan 4.10 runs of cases C22 and C23). Libreswan's own IKEv1 PSK and
 * ID diagnostics were not analysed; no line is made up for them.
 */
public final class Ikev1AuthLog {

  private Ikev1AuthLog() {}

  /** {@code Main} or {@code Aggressive}. */
  public static String mode(boolean aggressive) {
    return aggressive ? "Aggressive" : "Main";
  }

  /** charon without a key for its own AUTH, or the Main Mode responder's last resort by address. */
  public static String strongswanNoSharedKey(Identity own, String ownAddress, Identity peer, String peerAddress) {
    return "no shared key found for '" + IdentityText.strongswan(own) + "'[" + ownAddress + "] - '"
        + IdentityText.strongswan(peer) + "'[" + peerAddress + "]";
  }

  public static String strongswanNoSharedKeyByAddress(String ownAddress, String peerAddress) {
    return "no shared key found for " + ownAddress + " - " + peerAddress;
  }

  /** A Main Mode responder whose key differs cannot decrypt message 5. */
  public static List<String> strongswanUndecryptable() {
    return List.of("invalid ID_V1 payload length, decryption failed?", "message parsing failed",
        "ID_PROT request with message ID 0 processing failed");
  }

  public static String strongswanNoneAllows(int matching, AuthMethod method, boolean aggressive) {
    return "found " + matching + " matching config" + (matching == 1 ? "" : "s") + ", but none allows "
        + MethodWording.strongswanIkev1(method) + " authentication using " + mode(aggressive) + " Mode";
  }

  public static String strongswanAggressivePskRefused() {
    return "Aggressive Mode PSK disabled for security reasons";
  }

  /** The IKEv1 connection look-up of pluto at the first Main Mode message. */
  public static String libreswanNoConnectionForAuthby(String peer, AuthMethod method) {
    return "packet from " + peer + ":500: initial Main Mode message received but no connection has been"
        + " authorized with authby=" + (method == AuthMethod.PSK ? "PSK" : "RSASIG") + " and xauth=no";
  }

  /** charon's Main Mode initiator refusing the responder's ID (main_mode.c). */
  public static String strongswanIdrMismatch(Identity received, Identity configured) {
    return "IDr '" + IdentityText.strongswan(received) + "' does not match to '" + IdentityText.strongswan(configured) + "'";
  }

  /** charon's Aggressive Mode initiator checking the responder's hash. */
  public static String strongswanHashMismatch() {
    return "calculated HASH does not match HASH payload";
  }

  /**
   * pluto's phase-1 success line (4.10): {@code IKE SA established {auth=PRESHARED_KEY
   * cipher=AES_CBC_256 integ=HMAC_SHA2_256 group=MODP2048}}; IKEv1 names the hash, not the MAC.
   */
  public static String libreswanEstablished(AuthMethod method, Optional<Proposal> suite) {
    String cipher = first(suite, TransformType.ENCR).map(Transform::canonicalName).orElse("<cipher>");
    String hash = first(suite, TransformType.PRF).map(prf -> prf.ianaName().replace("PRF_", "")).orElse("<integ>");
    String group = first(suite, TransformType.KE).map(LibreswanWording::group).orElse("<group>");
    return "IKE SA established {auth=" + (method == AuthMethod.PSK ? "PRESHARED_KEY" : "RSA_SIG") + " cipher=" + cipher
        + " integ=" + hash + " group=" + group + "}";
  }

  private static Optional<Transform> first(Optional<Proposal> suite, TransformType type) {
    return suite.flatMap(proposal -> proposal.of(type).stream().findFirst());
  }
}
