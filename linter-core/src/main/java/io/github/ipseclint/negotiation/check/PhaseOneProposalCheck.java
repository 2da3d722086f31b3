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
import io.github.ipseclint.negotiation.proposal.KeHandling;
import io.github.ipseclint.negotiation.proposal.ProposalMatch;
import io.github.ipseclint.negotiation.proposal.ProposalMatcher;
import io.github.ipseclint.negotiation.wording.StrongswanWording;
import java.util.List;
import java.util.Optional;

/**
 * IKEv1 phase 1 proposal (negotiation.md §3.4): the responder picks one of the initiator's
 * transforms, each received transform being one proposal. strongSwan applies its usual selection
 * (its configured order decides); Libreswan takes the first transform, in the initiator's order,
 * that any of its proposals accepts. The key exchange cannot go wrong here: Main Mode sends KE
 * after the SA is chosen, and an Aggressive Mode offer only holds transforms of its KE payload's
 * group ({@link PhaseOneOffer}).
 */
public final class PhaseOneProposalCheck implements Check {

  @Override
  public CheckStatus apply(Exchange exchange) {
    PhaseOneMode mode = PhaseOneMode.of(exchange.initiator().connection());
    PhaseOneOffer offer = PhaseOneOffer.of(exchange.initiator(), mode);
    Connection config = exchange.responderConnection();
    List<Proposal> configured = IkeSaInitResponder.configured(config);
    ProposalMatcher matcher = ProposalMatcher.forResponder(exchange.responder(), exchange.initiator());
    Optional<ProposalMatch> match;
    if (exchange.responder().isStrongswan()) {
      match = matcher.select(offer.transforms(), configured, KeHandling.WITH_KE);
      if (match.isPresent()) {
        exchange.logResponder("selected proposal: " + StrongswanWording.proposal(match.get().suite()));
      } else {
        exchange.logResponder("received proposals: " + StrongswanWording.proposals(offer.transforms()));
        exchange.logResponder("configured proposals: " + StrongswanWording.proposals(configured));
        exchange.logResponder("no proposal found");
      }
    } else {
      match = offer.transforms().stream()
          .map(transform -> matcher.select(List.of(transform), configured, KeHandling.WITH_KE))
          .flatMap(Optional::stream)
          .findFirst();
      if (match.isEmpty()) {
        exchange.logResponder("no acceptable Oakley Transform");
      }
    }
    if (match.isPresent()) {
      exchange.ikeSuite(match.get().suite());
      if (exchange.initiator().isStrongswan()) {
        // charon runs the returned transform through its own selection and logs it (C12 run).
        exchange.logInitiator("selected proposal: " + StrongswanWording.proposal(match.get().suite()));
      }
      return CheckStatus.CONTINUE;
    }
    FirstMessageFailure.notified(exchange, Notify.NO_PROPOSAL_CHOSEN);
    exchange.fail(Phase.IKE_SA_INIT, mode.label(), Optional.of(Notify.NO_PROPOSAL_CHOSEN),
        new Disagreement(FailureClass.IKE_PROPOSAL,
            Optional.of(exchange.initiator().connection().ikeProposals().span()),
            Optional.of(config.ikeProposals().span()),
            exchange.initiator().label() + " offers " + IkeProposalCheck.summary(offer.transforms()) + " in "
                + mode.label() + " and " + exchange.responder().label() + ", configured for "
                + IkeProposalCheck.summary(configured) + ", accepts none of them"));
    return CheckStatus.STOP_IKE;
  }
}
