// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.negotiation;

import io.github.ipseclint.model.target.Implementation;
import io.github.ipseclint.model.target.VersionBucket;

/**
 * The global daemon settings that change a negotiation's outcome (negotiation.md §1.1 "Global"):
 * strongSwan's {@code charon.*} options from strongswan.conf and Libreswan's {@code config setup}.
 * Options of the other implementation keep their defaults and are ignored.
 *
 * @param preferConfiguredProposals strongSwan: the responder walks its own proposals first
 * @param aggressiveModePsk strongSwan {@code i_dont_care_about_security_and_use_aggressive_mode_psk}
 * @param makeBeforeBreak strongSwan: reauthentication builds the new IKE SA first
 * @param closeIkeOnChildFailure strongSwan: a failed CHILD SA in IKE_AUTH closes the IKE SA
 * @param retransmitTries strongSwan {@code retransmit_tries}
 * @param ikev1Policy Libreswan {@code ikev1-policy}; for strongSwan always {@code ACCEPT}
 */
public record DaemonSettings(
    boolean preferConfiguredProposals,
    boolean aggressiveModePsk,
    boolean acceptPrivateAlgs,
    boolean preferPreviousDhGroup,
    boolean makeBeforeBreak,
    boolean closeIkeOnChildFailure,
    int retransmitTries,
    Ikev1Policy ikev1Policy) {

  /** Libreswan's handling of IKEv1 packets and connections. */
  public enum Ikev1Policy {
    ACCEPT,
    REJECT,
    DROP
  }

  /**
   * The settings of an installation that configures none of them. Libreswan 4.x accepts IKEv1
   * upstream but Debian and Ubuntu packages default to {@code drop}; ipseclint assumes the
   * distribution default, the installation most users run (negotiation.md §0.2).
   */
  public static DaemonSettings defaults(VersionBucket bucket) {
    boolean strongswan6 = bucket.isAtLeast(VersionBucket.SW60);
    // ikev1-policy arrived with 4.x; 3.x handles IKEv1 like any other packet.
    boolean accepts = bucket.implementation() == Implementation.STRONGSWAN || !bucket.isAtLeast(VersionBucket.LS4);
    Ikev1Policy policy = accepts ? Ikev1Policy.ACCEPT : Ikev1Policy.DROP;
    return new DaemonSettings(true, false, false, true, strongswan6, false, 5, policy);
  }
}
