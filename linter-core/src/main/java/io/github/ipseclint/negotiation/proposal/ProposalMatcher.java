// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.negotiation.proposal;

import io.github.ipseclint.model.crypto.Proposal;
import io.github.ipseclint.model.target.Implementation;
import io.github.ipseclint.model.target.VersionBucket;
import io.github.ipseclint.negotiation.Peer;
import java.util.List;
import java.util.Optional;

/**
 * How a responder picks one proposal from those it receives (negotiation.md §3.1 strongSwan,
 * §3.2 Libreswan). Both implementations let their own configured order decide by default; they
 * differ in how absent and {@code NONE} transforms are treated.
 */
public interface ProposalMatcher {

  /**
   * @param received the initiator's proposals as sent, in its order
   * @param configured the responder's proposals, in its order
   */
  Optional<ProposalMatch> select(List<Proposal> received, List<Proposal> configured, KeHandling ke);

  /** The matcher of the responding daemon, for proposals from the initiating one. */
  static ProposalMatcher forResponder(Peer responder, Peer initiator) {
    if (responder.connection().target().implementation() == Implementation.STRONGSWAN) {
      return new StrongswanProposalMatcher(responder.daemon().settings().preferConfiguredProposals(),
          initiator.isStrongswan() || responder.daemon().settings().acceptPrivateAlgs());
    }
    return new LibreswanProposalMatcher(VersionBucket.of(responder.connection().target()).isAtLeast(VersionBucket.LS54));
  }
}
