// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.negotiation.lifecycle;

import io.github.ipseclint.model.ipsec.Child;
import io.github.ipseclint.model.ipsec.ChildAction;
import io.github.ipseclint.model.ipsec.StartAction;
import io.github.ipseclint.model.ipsec.TrafficSelector;
import io.github.ipseclint.negotiation.Peer;
import io.github.ipseclint.negotiation.Side;
import io.github.ipseclint.negotiation.exchange.Exchange;
import java.util.List;

/**
 * One end of an established tunnel as its lifecycle sees it: the connection and CHILD config the
 * setup settled on, its timers and its CREATE_CHILD_SA proposals.
 *
 * @param setupInitiator whether this end initiated the IKE SA and the first CHILD SA
 * @param localTs the CHILD SA's selectors on this end (for log lines)
 * @param remoteTs the peer's selectors
 */
record LifecycleEnd(
    Side side,
    Peer peer,
    Child child,
    boolean setupInitiator,
    List<TrafficSelector> localTs,
    List<TrafficSelector> remoteTs) {

  LifecycleEnd {
    localTs = List.copyOf(localTs);
    remoteTs = List.copyOf(remoteTs);
  }

  static LifecycleEnd initiatorOf(Exchange exchange) {
    Peer peer = exchange.initiator();
    Child child = exchange.initiatorChild().orElseGet(() -> peer.connection().children().get(0));
    return new LifecycleEnd(exchange.initiatorSide(), peer, child, true,
        orConfigured(exchange.initiatorTs(), child.localTs().value()),
        orConfigured(exchange.responderTs(), child.remoteTs().value()));
  }

  static LifecycleEnd responderOf(Exchange exchange) {
    Peer peer = new Peer(exchange.responder().daemon(), exchange.responderConnection());
    Child child = exchange.responderChild().orElseGet(() -> peer.connection().children().get(0));
    return new LifecycleEnd(exchange.initiatorSide().other(), peer, child, false,
        orConfigured(exchange.responderTs(), child.localTs().value()),
        orConfigured(exchange.initiatorTs(), child.remoteTs().value()));
  }

  private static List<TrafficSelector> orConfigured(List<TrafficSelector> negotiated, List<TrafficSelector> configured) {
    return negotiated.isEmpty() ? configured : negotiated;
  }

  RekeyProposals proposals() {
    return RekeyProposals.of(peer, child);
  }

  ChildTimers childTimers() {
    return ChildTimers.of(peer, child, setupInitiator);
  }

  IkeTimers ikeTimers() {
    return IkeTimers.of(peer, setupInitiator);
  }

  /**
   * Whether this end brings the CHILD SA back when the peer deletes it: strongSwan by its close
   * action, Libreswan by revival of a connection that is meant to stay up (negotiation.md §7.5,
   * §15.1 item 3).
   */
  boolean recreatesAfterPeerDelete() {
    if (peer.isStrongswan()) {
      return child.closeAction().value() != ChildAction.CLEAR;
    }
    StartAction start = child.startAction().value();
    return start == StartAction.START || start == StartAction.TRAP || start == StartAction.TRAP_AND_START;
  }

  /** How explanations name this end: its host and connection, {@code moon#rw}. */
  String label() {
    return peer.label();
  }
}
