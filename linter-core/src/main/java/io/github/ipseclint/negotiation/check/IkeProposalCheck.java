// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.negotiation.check;

import io.github.ipseclint.model.crypto.Proposal;
import io.github.ipseclint.model.ipsec.Connection;
import io.github.ipseclint.negotiation.exchange.Check;
import io.github.ipseclint.negotiation.exchange.CheckStatus;
import io.github.ipseclint.negotiation.exchange.Exchange;
import io.github.ipseclint.negotiation.outcome.Disagreement;
import io.github.ipseclint.negotiation.outcome.FailureClass;
import io.github.ipseclint.negotiation.outcome.Notify;
import io.github.ipseclint.negotiation.outcome.Phase;
import io.github.ipseclint.negotiation.wording.StrongswanWording;
import java.util.List;
import java.util.Optional;

/**
 * C2 (negotiation.md §14.2): the responder selects one of the initiator's IKE proposals by its
 * own rules (§3.1, §3.2), without looking at KEi. No match ends the exchange with
 * NO_PROPOSAL_CHOSEN, which a strongSwan initiator accepts at once and a Libreswan initiator
 * ignores until its IKE_SA_INIT timeout.
 */
public final class IkeProposalCheck implements Check {

  @Override
  public CheckStatus apply(Exchange exchange) {
    IkeSaInitOffer offer = IkeSaInitOffer.first(exchange.initiator());
    IkeSaInitResponder responder = new IkeSaInitResponder(exchange);
    Optional<IkeSaInitResponder.Selected> selected = responder.select(offer.proposals());
    if (selected.isPresent()) {
      settle(exchange, responder, selected.get());
      return CheckStatus.CONTINUE;
    }
    FirstMessageFailure.notified(exchange, Notify.NO_PROPOSAL_CHOSEN);
    exchange.fail(Phase.IKE_SA_INIT, "IKE_SA_INIT", Optional.of(Notify.NO_PROPOSAL_CHOSEN), mismatch(exchange, offer));
    return CheckStatus.STOP_IKE;
  }

  /** Records a selection: the suite, the IKE config it came from, the connections that can carry it. */
  static void settle(Exchange exchange, IkeSaInitResponder responder, IkeSaInitResponder.Selected selected) {
    exchange.ikeSuite(selected.match().suite());
    exchange.responderConnection(selected.config());
    List<Connection> carrying = responder.carrying(selected.match().suite());
    exchange.responderCandidates(carrying.isEmpty() ? List.of(selected.config()) : carrying);
  }

  private static Disagreement mismatch(Exchange exchange, IkeSaInitOffer offer) {
    List<Proposal> configured = IkeSaInitResponder.configured(exchange.responderConnection());
    return new Disagreement(FailureClass.IKE_PROPOSAL,
        Optional.of(exchange.initiator().connection().ikeProposals().span()),
        Optional.of(exchange.responderConnection().ikeProposals().span()),
        exchange.initiator().label() + " proposes " + summary(offer.proposals()) + " and " + exchange.responder().label()
            + ", configured for " + summary(configured) + ", accepts none of them");
  }

  /** The first proposal in charon's notation, and how many follow. */
  static String summary(List<Proposal> proposals) {
    if (proposals.isEmpty()) {
      return "no IKE proposal";
    }
    String first = StrongswanWording.proposal(proposals.get(0));
    return proposals.size() == 1 ? first : first + " and " + (proposals.size() - 1) + " more";
  }
}
