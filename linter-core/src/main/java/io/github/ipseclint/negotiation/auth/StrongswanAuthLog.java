// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.negotiation.auth;

import io.github.ipseclint.model.ipsec.AuthMethod;
import io.github.ipseclint.model.ipsec.Identity;
import io.github.ipseclint.model.target.VersionBucket;

/**
 * The lines charon logs while it authenticates (negotiation.md §13.1, §13.2), for strongSwan 5.9
 * and 6.x. IDs are printed as charon's {@code %Y} does ({@link IdentityText#strongswan}).
 */
public final class StrongswanAuthLog {
  private final boolean six;

  public StrongswanAuthLog(VersionBucket bucket) {
    this.six = bucket.isAtLeast(VersionBucket.SW60);
  }

  /** {@code no IDi configured, ...}: a swanctl end without {@code id} uses its address. */
  public String defaultedToAddress(boolean initiator, String address) {
    String which = initiator ? "IDi" : "IDr";
    return six ? "no " + which + " configured, default to IP address " + address
        : "no " + which + " configured, fall back on IP address";
  }

  public String authenticatedMyself(Identity own, AuthMethod method) {
    String line = "authentication of '" + IdentityText.strongswan(own) + "' (myself) with "
        + MethodWording.strongswanWith(method);
    return method == AuthMethod.PSK ? line : line + " successful";
  }

  public String authenticatedPeer(Identity peer, AuthMethod method) {
    return "authentication of '" + IdentityText.strongswan(peer) + "' with " + MethodWording.strongswanWith(method)
        + " successful";
  }

  public String lookingForPeerConfigs(String me, String requestedIdr, String peer, Identity idi) {
    return "looking for peer configs matching " + me + "[" + requestedIdr + "]..." + peer + "["
        + IdentityText.strongswan(idi) + "]";
  }

  public String noMatchingPeerConfig() {
    return "no matching peer config found";
  }

  public String selectedPeerConfig(String name) {
    return "selected peer config '" + name + "'";
  }

  public String switchingTo(String name) {
    return "switching to peer config '" + name + "'";
  }

  public String noAlternative() {
    return "no alternative config found";
  }

  public String unacceptable(String name, String reason) {
    return "selected peer config '" + name + "' unacceptable: " + reason;
  }

  public String noSharedKey(Identity own, Identity peer) {
    return "no shared key found for '" + IdentityText.strongswan(own) + "' - '" + IdentityText.strongswan(peer) + "'";
  }

  public String macMismatched(int tried, Identity own, Identity peer) {
    return "tried " + tried + " shared key" + (tried == 1 ? "" : "s") + " for '" + IdentityText.strongswan(own)
        + "' - '" + IdentityText.strongswan(peer) + "', but MAC mismatched";
  }

  public String methodConstraint(AuthMethod required, AuthMethod used) {
    return "constraint requires " + MethodWording.strongswanClass(required) + " authentication, but "
        + MethodWording.strongswanClass(used) + " was used";
  }

  /** 6.x names both IDs and their types; 5.9 (5.9.8 observed) only the required one. */
  public String identityConstraint(Identity required, Identity received) {
    String base = "constraint check failed: identity '" + IdentityText.strongswan(required) + "'";
    return six ? base + " (" + IdentityText.strongswanType(required) + ") required, not matched by '"
        + IdentityText.strongswan(received) + "' (" + IdentityText.strongswanType(received) + ")"
        : base + " required";
  }

  public String receivedIdrButRequire(Identity received, Identity configured) {
    return "received IDr " + IdentityText.strongswan(received) + ", but require " + IdentityText.strongswan(configured);
  }

  /** The key type is taken to be RSA: ipseclint does not read the peer's certificate. */
  public String noTrustedKey(Identity peer) {
    return "no trusted RSA public key found for '" + IdentityText.strongswan(peer) + "'";
  }

  public String eapUnacceptable() {
    return "peer requested EAP, config unacceptable";
  }

  public String established(String conn, String me, Identity myId, String peer, Identity peerId) {
    return "IKE_SA " + conn + "[1] established between " + me + "[" + IdentityText.strongswan(myId) + "]..."
        + peer + "[" + IdentityText.strongswan(peerId) + "]";
  }

  public String receivedAuthenticationFailed() {
    return "received AUTHENTICATION_FAILED notify error";
  }

  public String receivedDelete(String conn) {
    return "received DELETE for IKE_SA " + conn + "[1]";
  }
}
