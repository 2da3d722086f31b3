// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.negotiation.check;

import io.github.ipseclint.model.crypto.IkeVersion;
import io.github.ipseclint.negotiation.Peer;
import io.github.ipseclint.negotiation.Side;
import io.github.ipseclint.negotiation.exchange.Check;
import io.github.ipseclint.negotiation.exchange.CheckStatus;
import io.github.ipseclint.negotiation.exchange.Exchange;
import io.github.ipseclint.negotiation.outcome.LogLine;
import java.util.List;

/**
 * Some checks of a setup run in their procedure order (negotiation.md §14.2) on one exchange until
 * one stops it, so that a test sees what these checks decide and log. A run without the first
 * packet's check takes the paired connections as the responder's choice; one that starts after
 * it takes the IKE version it would have decided.
 *
 * @param status what the last check run returned
 */
record CheckRun(Exchange exchange, CheckStatus status) {
  private static final List<Check> IKE_SA_INIT =
      List.of(new FirstPacketCheck(), new IkeProposalCheck(), new KeyExchangeCheck());
  private static final List<Check> IKE_AUTH = List.of(new IkeAuthRequestCheck(), new PeerConfigSelectionCheck(),
      new InitiatorAuthenticationCheck(), new IkeAuthResponseCheck(), new ResponderAuthenticationCheck());
  private static final List<Check> CHILD_SA = List.of(new ConfigPayloadCheck(), new TrafficSelectorCheck(),
      new ChildProposalCheck(), new ModeCheck(), new ChildResponseCheck());
  private static final List<Check> PHASE_ONE = List.of(new FirstPacketCheck(), new PhaseOneProposalCheck(),
      new MainModeKeyCheck(), new Ikev1PeerConfigCheck(), new Ikev1AuthenticationCheck());
  private static final List<Check> PHASE_ONE_AUTH =
      List.of(new MainModeKeyCheck(), new Ikev1PeerConfigCheck(), new Ikev1AuthenticationCheck());
  private static final List<Check> QUICK_MODE = List.of(new ModeConfigCheck(), new QuickModeIdCheck(),
      new QuickModeProposalCheck(), new QuickModeResponseCheck());

  /** C1, the responder's connection for the first packet, the left end initiating. */
  static CheckRun firstPacket(Peer initiator, Peer responder) {
    return of(new Exchange(initiator, responder, Side.LEFT), List.of(new FirstPacketCheck()));
  }

  /** C1-C3 of IKEv2, the left end initiating: the first packet, the IKE proposal, the key exchange. */
  static CheckRun ikeSaInit(Peer initiator, Peer responder) {
    return of(new Exchange(initiator, responder, Side.LEFT), IKE_SA_INIT);
  }

  /** C5-C7, identities and authentication in IKE_AUTH, the left end initiating. */
  static CheckRun ikeAuth(Peer initiator, Peer responder) {
    return ikeAuth(new Exchange(initiator, responder, Side.LEFT));
  }

  static CheckRun ikeAuth(Exchange exchange) {
    return of(exchange, IKE_AUTH);
  }

  /** C8-C12, the CHILD SA carried in IKE_AUTH, the left end initiating. */
  static CheckRun childSa(Peer initiator, Peer responder) {
    return of(new Exchange(initiator, responder, Side.LEFT), CHILD_SA);
  }

  /** IKEv1 phase 1 from the first packet on: proposal, then keys, configuration and hashes. */
  static CheckRun phaseOne(Peer initiator, Peer responder) {
    return of(new Exchange(initiator, responder, Side.LEFT), PHASE_ONE);
  }

  /** The identity and key checks of IKEv1 phase 1, the left end initiating. */
  static CheckRun phaseOneAuth(Peer initiator, Peer responder) {
    return phaseOneAuth(ikev1(initiator, responder));
  }

  /** The identity and key checks of IKEv1 phase 1 on an exchange the first packet made IKEv1. */
  static CheckRun phaseOneAuth(Exchange exchange) {
    return of(exchange, PHASE_ONE_AUTH);
  }

  /** IKEv1 Mode Config and Quick Mode, the left end initiating: lease, IDs, proposal, the initiator's check. */
  static CheckRun quickMode(Peer initiator, Peer responder) {
    return of(ikev1(initiator, responder), QUICK_MODE);
  }

  static CheckRun of(Exchange exchange, List<Check> checks) {
    CheckStatus status = CheckStatus.CONTINUE;
    for (Check check : checks) {
      status = check.apply(exchange);
      if (status != CheckStatus.CONTINUE) {
        break;
      }
    }
    return new CheckRun(exchange, status);
  }

  /** An exchange as the first packet's check leaves it for IKEv1. */
  private static Exchange ikev1(Peer initiator, Peer responder) {
    Exchange exchange = new Exchange(initiator, responder, Side.LEFT);
    exchange.ikeVersion(IkeVersion.IKEV1);
    return exchange;
  }

  /** The initiator's lines, events other than the setup's marked as {@code (load) ...}. */
  List<String> initiatorLog() {
    return exchange.initiatorLog().stream().map(LogLine::toString).toList();
  }

  List<String> responderLog() {
    return exchange.responderLog().stream().map(LogLine::toString).toList();
  }
}
