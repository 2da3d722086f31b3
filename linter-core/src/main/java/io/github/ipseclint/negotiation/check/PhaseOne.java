// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.negotiation.check;

import io.github.ipseclint.model.ipsec.AddressIdentity;
import io.github.ipseclint.model.ipsec.AnyIdentity;
import io.github.ipseclint.model.ipsec.AuthMethod;
import io.github.ipseclint.model.ipsec.Connection;
import io.github.ipseclint.model.ipsec.Identity;
import io.github.ipseclint.model.ipsec.IpAddress;
import io.github.ipseclint.model.target.Implementation;
import io.github.ipseclint.negotiation.auth.Ikev1AuthLog;
import io.github.ipseclint.negotiation.auth.OuterAddresses;
import io.github.ipseclint.negotiation.auth.WireIdentities;
import io.github.ipseclint.negotiation.exchange.CheckStatus;
import io.github.ipseclint.negotiation.exchange.Exchange;
import io.github.ipseclint.negotiation.outcome.Disagreement;
import io.github.ipseclint.negotiation.outcome.Notify;
import io.github.ipseclint.negotiation.outcome.Phase;
import java.util.Optional;

/**
 * IKEv1 phase 1 as the identity and authentication checks see it: Main Mode (IDs encrypted in
 * messages 5 and 6, so a PSK is chosen before the peer's ID is known) or Aggressive Mode (IDs in
 * the clear in the first message), decided by the initiator's configuration (negotiation.md §2).
 */
record PhaseOne(Exchange exchange, OuterAddresses addresses) {

  static PhaseOne of(Exchange exchange) {
    return new PhaseOne(exchange, OuterAddresses.of(exchange));
  }

  boolean aggressive() {
    return exchange.initiator().connection().aggressive().value();
  }

  /** {@code Main Mode} or {@code Aggressive Mode}, the exchange a failure names. */
  String exchangeName() {
    return Ikev1AuthLog.mode(aggressive()) + " Mode";
  }

  AuthMethod method() {
    return exchange.initiator().connection().local().auth().get(0).method().value();
  }

  /** IDi: the initiator's configured ID or its address. */
  Identity initiatorId() {
    return WireIdentities.assumingSubject(
        WireIdentities.own(exchange.initiator().connection(), addresses.initiator()),
        exchange.responderConnection().remote().id().value());
  }

  /** The responder's ID: its configured local ID or its address. */
  Identity responderId(Connection responder) {
    return WireIdentities.assumingSubject(WireIdentities.own(responder, addresses.responder()),
        exchange.initiator().connection().remote().id().value());
  }

  /** The initiator's remote ID as its own key look-up uses it. */
  Identity initiatorPeerId() {
    return keyLookupPeer(exchange.initiator().connection(), addresses.responder());
  }

  /**
   * The peer ID an IKEv1 key look-up uses: the configured remote ID; strongSwan puts the peer's
   * address in place of a missing one (phase1.c), as it puts its own address in place of a
   * missing local ID, so address-keyed secrets serve ID-less configs.
   */
  static Identity keyLookupPeer(Connection connection, Optional<IpAddress> peerAddress) {
    Identity remote = WireIdentities.expectedPeer(connection, peerAddress);
    if (remote instanceof AnyIdentity && peerAddress.isPresent()
        && connection.target().implementation() == Implementation.STRONGSWAN) {
      return new AddressIdentity(peerAddress.get(), remote.written());
    }
    return remote;
  }

  /**
   * The responder refuses with an unauthenticated notification: strongSwan reports it, Libreswan
   * ignores it and times out ({@link FirstMessageFailure}).
   */
  CheckStatus refusedByResponder(Notify notify, Disagreement cause) {
    FirstMessageFailure.notified(exchange, notify);
    exchange.fail(Phase.IKE_AUTH, exchangeName(), Optional.of(notify), cause);
    return CheckStatus.STOP_IKE;
  }

  /** The responder drops the exchange without a word; the initiator retransmits until it gives up. */
  CheckStatus unanswered(Phase phase, Disagreement cause) {
    FirstMessageFailure.unanswered(exchange);
    exchange.fail(phase, exchangeName(), Optional.empty(), cause);
    return CheckStatus.STOP_IKE;
  }

  /** The initiator stops on its own, before or after the responder's answer, without a notification. */
  CheckStatus failedSilently(Phase phase, Disagreement cause) {
    exchange.fail(phase, exchangeName(), Optional.empty(), cause);
    return CheckStatus.STOP_IKE;
  }

  /** The initiator finds the responder's answer wrong and says so with a notification. */
  CheckStatus refusedByInitiator(Notify notify, Disagreement cause) {
    exchange.fail(Phase.IKE_AUTH, exchangeName(), Optional.of(notify), cause);
    return CheckStatus.STOP_IKE;
  }
}
