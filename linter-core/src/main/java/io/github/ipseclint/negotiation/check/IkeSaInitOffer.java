// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.negotiation.check;

import io.github.ipseclint.model.crypto.Proposal;
import io.github.ipseclint.model.crypto.Transform;
import io.github.ipseclint.model.crypto.TransformType;
import io.github.ipseclint.negotiation.Peer;
import java.util.ArrayList;
import java.util.List;

/**
 * What an IKEv2 initiator sends in IKE_SA_INIT (negotiation.md §6.1): its IKE proposals and the
 * group of its KE payload. strongSwan guesses the first method of its first proposal and, before
 * sending, moves that method to the front of every proposal holding it and the proposals without
 * it to the end; after INVALID_KE_PAYLOAD it does the same for the requested group. Libreswan
 * guesses the same way but never reorders.
 *
 * @param proposals in the order sent
 * @param keGuess the KE payload's group
 */
record IkeSaInitOffer(Peer initiator, List<Proposal> proposals, Transform keGuess) {

  IkeSaInitOffer {
    proposals = List.copyOf(proposals);
  }

  static IkeSaInitOffer first(Peer initiator) {
    List<Proposal> configured = initiator.connection().ikeProposals().value().proposals().stream()
        .filter(Proposal::isValid).toList();
    Transform guess = configured.stream().flatMap(p -> p.of(TransformType.KE).stream()).findFirst()
        .orElseThrow(() -> new IllegalStateException("an IKE proposal that loads has a KE method"));
    return arrange(initiator, configured, guess);
  }

  /** The next IKE_SA_INIT after INVALID_KE_PAYLOAD asked for {@code requested}. */
  IkeSaInitOffer retryWith(Transform requested) {
    List<Proposal> configured = initiator.connection().ikeProposals().value().proposals().stream()
        .filter(Proposal::isValid).toList();
    return arrange(initiator, configured, requested);
  }

  /** True when one of the initiator's proposals offers {@code group} (Libreswan accepts only those). */
  boolean offers(Transform group) {
    return proposals.stream().flatMap(p -> p.of(TransformType.KE).stream()).anyMatch(group::sameAs);
  }

  private static IkeSaInitOffer arrange(Peer initiator, List<Proposal> configured, Transform guess) {
    if (!initiator.isStrongswan()) {
      return new IkeSaInitOffer(initiator, configured, guess);
    }
    List<Proposal> holding = new ArrayList<>();
    List<Proposal> lacking = new ArrayList<>();
    for (Proposal proposal : configured) {
      if (proposal.of(TransformType.KE).stream().anyMatch(guess::sameAs)) {
        holding.add(promote(proposal, guess));
      } else {
        lacking.add(proposal);
      }
    }
    holding.addAll(lacking);
    return new IkeSaInitOffer(initiator, holding, guess);
  }

  /** The proposal with {@code group} first among its KE methods (the type order stays). */
  private static Proposal promote(Proposal proposal, Transform group) {
    List<Transform> transforms = new ArrayList<>();
    for (Transform transform : proposal.transforms()) {
      if (transform.type() != TransformType.KE) {
        transforms.add(transform);
      }
    }
    proposal.of(TransformType.KE).stream().filter(group::sameAs).forEach(transforms::add);
    proposal.of(TransformType.KE).stream().filter(ke -> !group.sameAs(ke)).forEach(transforms::add);
    return new Proposal(proposal.protocol(), transforms, proposal.origin(), proposal.span(), proposal.rejection());
  }
}
