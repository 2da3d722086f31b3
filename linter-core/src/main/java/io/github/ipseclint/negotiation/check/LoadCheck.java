// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.negotiation.check;

import io.github.ipseclint.model.crypto.Proposal;
import io.github.ipseclint.model.crypto.ProposalSet;
import io.github.ipseclint.model.ipsec.Child;
import io.github.ipseclint.model.ipsec.Configured;
import io.github.ipseclint.negotiation.Peer;
import io.github.ipseclint.negotiation.Side;
import io.github.ipseclint.negotiation.outcome.LoadError;
import java.util.ArrayList;
import java.util.List;

/** C0: whether each daemon loads its connection at all (negotiation.md §14.2 C0). */
public final class LoadCheck {

  public List<LoadError> validate(Peer peer, Side side) {
    List<LoadError> errors = new ArrayList<>();
    rejected(peer.connection().ikeProposals(), side, errors);
    for (Child child : peer.connection().children()) {
      child.proposals().forEach(set -> rejected(set, side, errors));
    }
    return errors;
  }

  private static void rejected(Configured<ProposalSet> set, Side side, List<LoadError> errors) {
    for (Proposal proposal : set.value().proposals()) {
      proposal.rejection().ifPresent(reason -> errors.add(new LoadError(side, proposal.span(), reason)));
    }
  }
}
