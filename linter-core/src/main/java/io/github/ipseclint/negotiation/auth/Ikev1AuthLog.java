// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.negotiation.auth;

import io.github.ipseclint.model.ipsec.AuthMethod;
import io.github.ipseclint.model.ipsec.Identity;
import io.github.ipseclint.negotiation.outcome.Notify;
import java.util.List;

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

  /** strongSwan's IKEv1 wording for a received error ({@code error notify}, not {@code notify error}). */
  public static String strongswanReceived(Notify notify) {
    return "received " + notify.name() + " error notify";
  }

  /**
   * Libreswan ignores unauthenticated phase-1 notifications (4.10 wording); in Aggressive Mode it
   * then times out waiting for an answer to its first message.
   */
  public static List<String> libreswanIgnored(Notify notify, String length, boolean aggressive) {
    String ignored = "ignoring informational payload " + notify.name() + ", msgid=00000000, length=" + length;
    String received = "received and ignored notification payload: " + notify.name();
    return aggressive
        ? List.of(ignored, received, "STATE_AGGR_I1: <t> second timeout exceeded after <n> retransmits.  No response"
            + " (or no acceptable response) to our first IKEv1 message")
        : List.of(ignored, received);
  }

  /** The IKEv1 connection look-up of pluto at the first Main Mode message. */
  public static String libreswanNoConnectionForAuthby(String peer, AuthMethod method) {
    return "packet from " + peer + ":500: initial Main Mode message received but no connection has been"
        + " authorized with authby=" + (method == AuthMethod.PSK ? "PSK" : "RSASIG") + " and xauth=no";
  }

  /** The Libreswan Aggressive Mode initiator's warning about PSK (4.10). */
  public static String libreswanAggressivePskWarning() {
    return "IKEv1 Aggressive Mode with PSK is vulnerable to dictionary attacks and is cracked on large scale by TLA's";
  }

  /** charon's Main Mode initiator refusing the responder's ID (main_mode.c). */
  public static String strongswanIdrMismatch(Identity received, Identity configured) {
    return "IDr '" + IdentityText.strongswan(received) + "' does not match to '" + IdentityText.strongswan(configured) + "'";
  }

  /** pluto's phase-1 success line; the suite is decided by the proposal check and shown as placeholders here. */
  public static String libreswanEstablished(AuthMethod method) {
    return "IKE SA established {auth=" + (method == AuthMethod.PSK ? "PRESHARED_KEY" : "RSA_SIG")
        + " cipher=<cipher> integ=<integ> group=<group>}";
  }
}
