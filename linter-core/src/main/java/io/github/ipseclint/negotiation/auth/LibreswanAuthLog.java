// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.negotiation.auth;

import io.github.ipseclint.model.ipsec.AuthMethod;
import io.github.ipseclint.model.ipsec.DnIdentity;
import io.github.ipseclint.model.ipsec.Identity;
import io.github.ipseclint.model.target.VersionBucket;
import java.util.List;

/**
 * The lines pluto logs while it authenticates (negotiation.md §13.1, §13.2), without the
 * {@code "conn" #n:} prefix, for Libreswan 4.x and 5.x. IDs keep their {@code @}
 * ({@link IdentityText#libreswan}); type names carry {@code ID_} in 4.x only.
 */
public final class LibreswanAuthLog {
  private final VersionBucket bucket;

  public LibreswanAuthLog(VersionBucket bucket) {
    this.bucket = bucket;
  }

  /** True for 4.x, whose extra lines were seen in the runs of 4.10. */
  public boolean isFour() {
    return !bucket.isAtLeast(VersionBucket.LS5);
  }

  /**
   * The initiator cannot build its AUTH; 4.10 adds two internal-error lines, and nothing is
   * sent to the peer.
   */
  public List<String> noPskAsInitiator(Identity local) {
    return isFour()
        ? List.of(noPsk(local), "Failed to find our PreShared Key",
            "state transition function for STATE_V2_PARENT_I1 had internal error")
        : List.of(noPsk(local));
  }

  public String noPsk(Identity local) {
    return "authentication failed: no PSK found for '" + IdentityText.libreswan(local) + "'";
  }

  public String hashMismatch(Identity peer) {
    return "authentication failed: computed hash does not match hash received from peer " + typed(peer);
  }

  /** 4.x; 5.x discards this diagnostic without logging it (negotiation.md §10.2). */
  public String peerIdMismatched(Identity peer) {
    return "Peer ID '" + IdentityText.libreswan(peer) + "' mismatched on first found connection and no better"
        + " connection found";
  }

  public String attemptedPsk(AuthMethod wanted) {
    return "authentication failed: peer attempted PSK authentication but we want "
        + MethodWording.libreswanAuthby(wanted);
  }

  public String attemptedSignature(AuthMethod wanted) {
    return "authentication failed: peer attempted authentication through Digital Signature but we want "
        + MethodWording.libreswanAuthby(wanted);
  }

  /**
   * A legacy RSA AUTH (no RFC 7427 hash algorithms were announced) against a non-signature
   * policy. Only the prefix was confirmed (negotiation.md §15.1 item 6); the policy text stays a
   * placeholder.
   */
  public String legacyRsaRefused() {
    return "authentication failed: peer authentication requires policy <RSA v1.5 authby>";
  }

  /** No certificate of the peer arrived (4.10 run of case C25); the signature scheme is a placeholder. */
  public String noCertificateMatched(Identity peer) {
    return "authentication failed: no certificate matched <signature scheme> and '" + IdentityText.libreswan(peer) + "'";
  }

  public String eapNotOffered() {
    return "Peer attempted EAP authentication, but IKE_AUTH is required";
  }

  public String certificateDoesNotCover(Identity peer) {
    return "X509: authentication failed; peer certificate subjectAltName extension does not match " + typed(peer);
  }

  /**
   * {@code initiator|responder established IKE SA; authenticated peer ...}: with the authby word
   * for a PSK, with the certificate for a signature (key, issuer: placeholders).
   */
  public String established(boolean initiator, AuthMethod peerMethod, Identity peer) {
    String head = (initiator ? "initiator" : "responder") + " established IKE SA; authenticated peer ";
    if (peerMethod == AuthMethod.PUBKEY) {
      String subject = peer instanceof DnIdentity ? IdentityText.libreswan(peer) : "<subject>";
      return head + "'<key>' digital signature using peer certificate '" + subject + "' issued by CA '<ca>'";
    }
    return head + "using authby=" + MethodWording.libreswanAuthby(peerMethod) + " and " + typed(peer);
  }

  public String rejectedByPeer() {
    return "IKE SA authentication request rejected by peer: AUTHENTICATION_FAILED";
  }

  /**
   * 4.10 revives a connection that is up as soon as the peer refuses it (negotiation.md §15.1
   * item 3, case C15); the retry fails the same way. Empty for 5.x, whose revival timing was not
   * pinned down.
   */
  public List<String> revivalAfterRefusal(String conn) {
    return isFour()
        ? List.of("deleting IKE SA but connection is supposed to remain up; schedule EVENT_REVIVE_CONNS",
            "initiating connection '" + conn + "' with serial $1 which received a Delete/Notify but must remain up"
                + " per local policy")
        : List.of();
  }

  /** Seen with 4.10 after each refused IKE_AUTH request. */
  public String respondingWithAuthenticationFailed(String peer, int port) {
    return "responding to IKE_AUTH message (ID 1) from " + peer + ":" + port
        + " with encrypted notification AUTHENTICATION_FAILED";
  }

  private String typed(Identity id) {
    return IdentityText.libreswanType(id, bucket) + " '" + IdentityText.libreswan(id) + "'";
  }
}
