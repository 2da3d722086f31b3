// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.negotiation.lifecycle;

import io.github.ipseclint.model.crypto.Proposal;
import io.github.ipseclint.model.crypto.Transform;
import io.github.ipseclint.model.crypto.TransformType;
import io.github.ipseclint.negotiation.proposal.ProposalMatch;
import java.util.List;
import java.util.Optional;

/** How a CREATE_CHILD_SA responder answers one request (negotiation.md §7.3). */
sealed interface ResponderAnswer {

  /** The offer as the responder saw it, for its log lines. */
  CreateChildOffer offer();

  /**
   * A proposal is selected and the KE payload fits it.
   *
   * @param keIgnored a KE payload came with a proposal chosen without PFS
   */
  record Accepted(CreateChildOffer offer, ProposalMatch match, boolean keIgnored) implements ResponderAnswer {

    Optional<Transform> keMethod() {
      return match.transform(TransformType.KE);
    }
  }

  /** No local proposal matches: NO_PROPOSAL_CHOSEN. */
  record NoProposal(CreateChildOffer offer, List<Proposal> local) implements ResponderAnswer {}

  /** The selected method differs from the KE payload's: INVALID_KE_PAYLOAD requesting it. */
  record InvalidKe(CreateChildOffer offer, ProposalMatch match, Transform requested) implements ResponderAnswer {}

  /**
   * Libreswan 4.x reads the KE payload with the selected group's length and answers INVALID_SYNTAX
   * when it differs (§7.3), which makes a strongSwan initiator destroy the IKE SA.
   */
  record InvalidSyntax(CreateChildOffer offer, ProposalMatch match, Transform selected) implements ResponderAnswer {}
}
