// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.negotiation.lifecycle;

import io.github.ipseclint.model.crypto.Proposal;
import io.github.ipseclint.model.crypto.ProposalSet;
import io.github.ipseclint.model.crypto.Transform;
import io.github.ipseclint.model.ipsec.Child;
import io.github.ipseclint.model.ipsec.Configured;
import io.github.ipseclint.model.source.Span;
import io.github.ipseclint.model.target.VersionBucket;
import java.util.List;
import java.util.Optional;

/**
 * pluto's CREATE_CHILD_SA proposals (negotiation.md §7.2): a rekey re-proposes the accepted
 * suite (with its DH, with the IKE SA's DH under {@code pfs=yes}, or without PFS), except that
 * 5.x proposes its {@code esp=} list when that names a DH; a new CHILD SA proposes every
 * {@code esp=} proposal, those without a DH getting the IKE SA's. As responder it matches the
 * peer's offer against the proposals it would send itself (§7.3), so it accepts one group only.
 */
record LibreswanRekeyProposals(Child child, VersionBucket bucket) implements RekeyProposals {

  @Override
  public CreateChildOffer offer(ChildSa sa, CreateChildPurpose purpose) {
    List<Proposal> local = accepted(sa, purpose);
    Optional<Transform> kei = local.stream().findFirst()
        .flatMap(first -> RekeyProposals.keyExchanges(first).stream().findFirst())
        .filter(method -> !method.algorithm().isNone());
    return new CreateChildOffer(local.stream().map(LibreswanChildTransforms::onTheWire).toList(), kei);
  }

  @Override
  public List<Proposal> accepted(ChildSa sa, CreateChildPurpose purpose) {
    if (purpose == CreateChildPurpose.NEW) {
      return esp().stream().map(proposal -> !pfs() ? LibreswanChildTransforms.withoutPfs(proposal, pfsSetting())
          : hasKeyExchange(proposal) || sa.ikeGroup().isEmpty() ? proposal
          : LibreswanChildTransforms.withKeyExchange(proposal, sa.ikeGroup().get())).toList();
    }
    if (sa.keMethod().isPresent()) {
      return List.of(sa.suite());
    }
    if (!pfs()) {
      return List.of(LibreswanChildTransforms.withoutPfs(sa.suite(), pfsSetting()));
    }
    if (bucket.isAtLeast(VersionBucket.LS5) && esp().stream().anyMatch(LibreswanRekeyProposals::hasKeyExchange)) {
      return esp();
    }
    return List.of(sa.ikeGroup().map(group -> LibreswanChildTransforms.withKeyExchange(sa.suite(), group))
        .orElseGet(() -> LibreswanChildTransforms.withoutPfs(sa.suite(), pfsSetting())));
  }

  @Override
  public Span pfsSetting() {
    if (pfs() && esp().stream().anyMatch(LibreswanRekeyProposals::hasKeyExchange)) {
      return child.proposals().stream().findFirst().map(Configured::span).orElse(child.span());
    }
    return child.pfs().map(Configured::span).orElse(child.span());
  }

  @Override
  public String describePolicy(ChildSa sa, CreateChildPurpose purpose) {
    if (!pfs()) {
      return "pfs=no (no key exchange)";
    }
    List<String> groups = accepted(sa, purpose).stream()
        .flatMap(proposal -> RekeyProposals.keyExchanges(proposal).stream()).map(Transform::canonicalName)
        .distinct().toList();
    return "pfs=yes, which requires " + String.join(" or ", groups);
  }

  private boolean pfs() {
    return child.pfs().map(Configured::value).orElse(true);
  }

  private List<Proposal> esp() {
    return child.proposals().stream().map(Configured::value).map(ProposalSet::proposals).flatMap(List::stream)
        .filter(Proposal::isValid).toList();
  }

  private static boolean hasKeyExchange(Proposal proposal) {
    return RekeyProposals.keyExchanges(proposal).stream().anyMatch(ke -> !ke.algorithm().isNone());
  }
}
