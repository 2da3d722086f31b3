// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.negotiation.lifecycle;

import io.github.ipseclint.model.crypto.Proposal;
import io.github.ipseclint.model.crypto.Transform;
import io.github.ipseclint.model.crypto.TransformType;
import io.github.ipseclint.model.target.VersionBucket;
import io.github.ipseclint.negotiation.Peer;
import io.github.ipseclint.negotiation.proposal.KeHandling;
import io.github.ipseclint.negotiation.proposal.ProposalMatch;
import io.github.ipseclint.negotiation.proposal.ProposalMatcher;
import java.util.List;
import java.util.Optional;

/**
 * The responder of a CREATE_CHILD_SA (negotiation.md §7.3): selects with key exchange methods
 * included, then checks the KE payload against the selected method. A KE payload that comes with
 * a proposal selected without PFS is ignored.
 */
final class RekeyResponder {
  private final Peer responder;
  private final RekeyProposals proposals;
  private final ProposalMatcher matcher;

  RekeyResponder(Peer responder, RekeyProposals proposals, Peer initiator) {
    this.responder = responder;
    this.proposals = proposals;
    this.matcher = ProposalMatcher.forResponder(responder, initiator);
  }

  ResponderAnswer answer(CreateChildOffer offer, ChildSa sa, CreateChildPurpose purpose) {
    List<Proposal> local = proposals.accepted(sa, purpose);
    Optional<ProposalMatch> selected = matcher.select(offer.proposals(), local, KeHandling.WITH_KE);
    if (selected.isEmpty()) {
      return new ResponderAnswer.NoProposal(offer, local);
    }
    ProposalMatch match = selected.get();
    Optional<Transform> method = match.transform(TransformType.KE)
        .filter(ke -> !ke.algorithm().isNone());
    if (method.isEmpty()) {
      return new ResponderAnswer.Accepted(offer, match, offer.kei().isPresent());
    }
    if (offer.kei().filter(method.get()::sameAs).isPresent()) {
      return new ResponderAnswer.Accepted(offer, match, false);
    }
    return answersMismatchWithInvalidSyntax()
        ? new ResponderAnswer.InvalidSyntax(offer, match, method.get())
        : new ResponderAnswer.InvalidKe(offer, match, method.get());
  }

  /** Libreswan before 5.0 has no group check for CHILD SAs (5.0 added {@code v2_accept_ke_for_proposal}). */
  private boolean answersMismatchWithInvalidSyntax() {
    return !responder.isStrongswan() && !responder.bucket().isAtLeast(VersionBucket.LS5);
  }
}
