// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.negotiation.check;

import io.github.ipseclint.model.crypto.IkeVersion;
import io.github.ipseclint.negotiation.exchange.Check;
import java.util.List;

/**
 * The checks of a setup in the order the exchanges run them (negotiation.md §14.2). The first
 * check decides the IKE version; the rest depend on it.
 */
public final class SetupProcedure {

  private SetupProcedure() {}

  /** C1: the responder's configuration for the first packet; decides the IKE version. */
  public static List<Check> firstPacket() {
    return List.of(new FirstPacketCheck());
  }

  /** C2-C12 for the version C1 decided. */
  public static List<Check> after(IkeVersion version) {
    return version == IkeVersion.IKEV1 ? ikev1() : ikev2();
  }

  private static List<Check> ikev2() {
    return List.of(
        // C2-C4 IKE proposal and KE (IKE_SA_INIT); C4 (additional key exchanges) is decided by the
        // proposal match: Libreswan before 5.4 and strongSwan 5.x cannot select such a proposal
        new IkeProposalCheck(),
        new KeyExchangeCheck(),
        // C5-C7 identities and authentication (IKE_AUTH): the initiator's request, the responder's
        // choice of configuration, its check of the initiator, its response, and the initiator's
        // check of that response
        new IkeAuthRequestCheck(),
        new PeerConfigSelectionCheck(),
        new InitiatorAuthenticationCheck(),
        new IkeAuthResponseCheck(),
        new ResponderAuthenticationCheck(),
        // C8-C12 configuration payload, traffic selectors, CHILD proposal, mode, initiator's check
        // (the first CHILD SA, carried in IKE_AUTH: a failure here leaves the IKE SA up)
        new ConfigPayloadCheck(),
        new TrafficSelectorCheck(),
        new ChildProposalCheck(),
        new ModeCheck(),
        new ChildResponseCheck()
        );
  }

  private static List<Check> ikev1() {
    return List.of(
        // Main or Aggressive Mode: proposal (KE included), mode and method
        new PhaseOneProposalCheck(),
        // Phase-1 identities and pre-shared keys: the Main Mode key chosen by address, the
        // responder's configuration by ID, the hashes and the responder's ID
        new MainModeKeyCheck(),
        new Ikev1PeerConfigCheck(),
        new Ikev1AuthenticationCheck(),
        // Mode Config: a virtual IP leased before Quick Mode becomes the initiator's IDci
        new ModeConfigCheck(),
        // Quick Mode: IDs, proposal, PFS, mode
        // (the first IPsec SA; PFS is negotiated here already, unlike IKEv2's first CHILD SA)
        new QuickModeIdCheck(),
        new QuickModeProposalCheck(),
        new QuickModeResponseCheck()
        );
  }
}
