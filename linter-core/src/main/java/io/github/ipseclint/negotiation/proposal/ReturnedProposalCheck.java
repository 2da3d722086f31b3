// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.negotiation.proposal;

import io.github.ipseclint.model.crypto.Proposal;
import io.github.ipseclint.negotiation.Peer;
import java.util.List;

/**
 * The initiator's check of the proposal a responder returned (negotiation.md §3.3). strongSwan
 * runs the returned proposal through its own selection against what it offered; Libreswan checks
 * it against the local proposal with the same number. Between two correct implementations this
 * always passes; it matters when the ends build different proposals for the same exchange.
 */
public final class ReturnedProposalCheck {

  private ReturnedProposalCheck() {}

  /**
   * @param offered what the initiator sent, in its order
   * @param returned the responder's choice
   */
  public static boolean accepts(Peer initiator, List<Proposal> offered, ProposalMatch returned, KeHandling ke) {
    if (initiator.isStrongswan()) {
      return new StrongswanProposalMatcher(true, true).select(List.of(returned.suite()), offered, ke).isPresent();
    }
    if (returned.receivedIndex() >= offered.size()) {
      return false;
    }
    return new LibreswanProposalMatcher(true)
        .select(List.of(returned.suite()), List.of(offered.get(returned.receivedIndex())), ke).isPresent();
  }
}
