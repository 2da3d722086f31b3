// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.negotiation.lifecycle;

import io.github.ipseclint.model.crypto.Proposal;
import io.github.ipseclint.model.crypto.ProposalSet;
import io.github.ipseclint.model.ipsec.Child;
import io.github.ipseclint.model.ipsec.Configured;
import io.github.ipseclint.negotiation.Peer;
import io.github.ipseclint.negotiation.Side;
import io.github.ipseclint.negotiation.exchange.Exchange;
import io.github.ipseclint.negotiation.proposal.KeHandling;
import io.github.ipseclint.negotiation.proposal.ProposalMatcher;
import java.util.List;

/**
 * An exchange in the state the setup checks leave it in when the CHILD SA is up, so that the
 * lifecycle can be followed apart from them: the IKE suite the responder selects (with KE), the
 * CHILD suite it selects in IKE_AUTH (without), the first CHILD configs and their selectors.
 */
public final class EstablishedExchange {

  private EstablishedExchange() {}

  public static Exchange of(Peer initiator, Peer responder, Side initiatorSide) {
    Exchange exchange = new Exchange(initiator, responder, initiatorSide);
    Child initiatorChild = initiator.connection().children().get(0);
    Child responderChild = responder.connection().children().get(0);
    exchange.initiatorChild(initiatorChild);
    exchange.responderChild(responderChild);
    ProposalMatcher matcher = ProposalMatcher.forResponder(responder, initiator);
    exchange.ikeSuite(matcher.select(initiator.connection().ikeProposals().value().proposals(),
        responder.connection().ikeProposals().value().proposals(), KeHandling.WITH_KE).orElseThrow().suite());
    exchange.childSuite(matcher.select(esp(initiatorChild), esp(responderChild), KeHandling.SKIP_KE)
        .orElseThrow().suite());
    exchange.trafficSelectors(initiatorChild.localTs().value(), responderChild.localTs().value());
    return exchange;
  }

  private static List<Proposal> esp(Child child) {
    return child.proposals().stream().map(Configured::value).map(ProposalSet::proposals)
        .flatMap(List::stream).toList();
  }
}
