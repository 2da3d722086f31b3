// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.negotiation.lifecycle;

import io.github.ipseclint.model.crypto.Proposal;
import io.github.ipseclint.model.crypto.ProposalSet;
import io.github.ipseclint.model.crypto.Transform;
import io.github.ipseclint.model.crypto.TransformType;
import io.github.ipseclint.model.ipsec.Child;
import io.github.ipseclint.model.ipsec.Configured;
import io.github.ipseclint.model.source.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * charon's CREATE_CHILD_SA proposals (negotiation.md §7.2): every configured ESP/AH proposal with
 * its KE methods. The KE payload carries the method the SA was negotiated with, or for a new SA
 * (and the rekey of the IKE_AUTH SA) the first KE entry of the first proposal that has one; when
 * that entry is {@code none} no KE payload is sent although methods are proposed. As responder it
 * matches against the same configured proposals.
 */
record StrongswanRekeyProposals(Child child) implements RekeyProposals {

  @Override
  public CreateChildOffer offer(ChildSa sa, CreateChildPurpose purpose) {
    List<Proposal> configured = configured();
    Optional<Transform> kei = purpose == CreateChildPurpose.REKEY ? sa.keMethod() : Optional.empty();
    if (kei.isEmpty()) {
      kei = configured.stream().map(RekeyProposals::keyExchanges).filter(methods -> !methods.isEmpty())
          .findFirst().map(methods -> methods.get(0)).filter(method -> !method.algorithm().isNone());
    }
    return kei.isEmpty()
        ? new CreateChildOffer(configured, Optional.empty())
        : new CreateChildOffer(preferring(configured, kei.get()), kei);
  }

  @Override
  public List<Proposal> accepted(ChildSa sa, CreateChildPurpose purpose) {
    return configured();
  }

  @Override
  public Span pfsSetting() {
    return child.proposals().stream().findFirst().map(Configured::span).orElse(child.span());
  }

  @Override
  public String describePolicy(ChildSa sa, CreateChildPurpose purpose) {
    List<Proposal> configured = configured();
    boolean withKe = configured.stream().anyMatch(p -> !RekeyProposals.keyExchanges(p).isEmpty());
    boolean optional = configured.stream().anyMatch(p -> RekeyProposals.keyExchanges(p).isEmpty()
        || RekeyProposals.keyExchanges(p).stream().anyMatch(ke -> ke.algorithm().isNone()));
    if (!withKe) {
      return "ESP proposals without a key exchange";
    }
    return optional ? "ESP proposals with an optional key exchange" : "ESP proposals that require a key exchange";
  }

  List<Proposal> configured() {
    return child.proposals().stream().map(Configured::value).map(ProposalSet::proposals)
        .flatMap(List::stream).filter(Proposal::isValid).toList();
  }

  /**
   * The chosen method moves to the front of every proposal that lists it, and proposals without
   * it move to the end, as charon does for the method in its KE payload.
   */
  static List<Proposal> preferring(List<Proposal> proposals, Transform method) {
    List<Proposal> with = new ArrayList<>();
    List<Proposal> without = new ArrayList<>();
    for (Proposal proposal : proposals) {
      List<Transform> methods = RekeyProposals.keyExchanges(proposal);
      if (methods.stream().noneMatch(method::sameAs)) {
        without.add(proposal);
        continue;
      }
      List<Transform> reordered = new ArrayList<>();
      proposal.transforms().stream().filter(t -> t.type() != TransformType.KE).forEach(reordered::add);
      methods.stream().filter(method::sameAs).forEach(reordered::add);
      methods.stream().filter(m -> !m.sameAs(method)).forEach(reordered::add);
      // Proposal sorts its transforms by type, stably: the chosen method stays first among the KE.
      with.add(new Proposal(proposal.protocol(), reordered, proposal.origin(), proposal.span(), proposal.rejection()));
    }
    with.addAll(without);
    return with;
  }
}
