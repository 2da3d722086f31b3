// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.negotiation.proposal;

import io.github.ipseclint.model.crypto.Protocol;
import io.github.ipseclint.model.crypto.Proposal;
import io.github.ipseclint.model.crypto.Transform;
import io.github.ipseclint.model.crypto.TransformType;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * charon's {@code proposal_select} (negotiation.md §3.1): the outer list's order decides which
 * proposal wins, and inside a proposal the outer side's transform order decides. The outer list
 * is the configured one unless {@code charon.prefer_configured_proposals = no}.
 */
final class StrongswanProposalMatcher implements ProposalMatcher {
  private final boolean preferConfigured;
  private final boolean privateAlgorithmsAllowed;

  StrongswanProposalMatcher(boolean preferConfigured, boolean privateAlgorithmsAllowed) {
    this.preferConfigured = preferConfigured;
    this.privateAlgorithmsAllowed = privateAlgorithmsAllowed;
  }

  @Override
  public Optional<ProposalMatch> select(List<Proposal> received, List<Proposal> configured, KeHandling ke) {
    List<Proposal> outer = preferConfigured ? configured : received;
    List<Proposal> inner = preferConfigured ? received : configured;
    for (int o = 0; o < outer.size(); o++) {
      for (int i = 0; i < inner.size(); i++) {
        Optional<Proposal> suite = selectOne(outer.get(o), inner.get(i), ke);
        if (suite.isPresent()) {
          int receivedIndex = preferConfigured ? i : o;
          int configuredIndex = preferConfigured ? o : i;
          return Optional.of(new ProposalMatch(suite.get(), receivedIndex, configuredIndex));
        }
      }
    }
    return Optional.empty();
  }

  /** {@code select_one(this, other)}: {@code mine}'s transform order wins. */
  private Optional<Proposal> selectOne(Proposal mine, Proposal other, KeHandling ke) {
    if (!mine.isValid() || !other.isValid() || mine.protocol() != other.protocol()) {
      return Optional.empty();
    }
    Set<TransformType> types = EnumSet.noneOf(TransformType.class);
    mine.transforms().forEach(t -> types.add(t.type()));
    other.transforms().forEach(t -> types.add(t.type()));
    List<Transform> chosen = new ArrayList<>();
    Set<String> usedKeyExchanges = new HashSet<>();
    boolean aead = false;
    for (TransformType type : types) {
      if (type == TransformType.INTEG && aead) {
        continue;
      }
      if (type.isKeyExchange() && ke == KeHandling.SKIP_KE) {
        continue;
      }
      List<WireTransform> ours = WireTransform.of(mine.of(type));
      List<WireTransform> theirs = WireTransform.of(other.of(type));
      boolean optional = type.isKeyExchange() && (mine.protocol() != Protocol.IKE || type != TransformType.KE);
      if (ours.isEmpty() || theirs.isEmpty()) {
        List<WireTransform> present = ours.isEmpty() ? theirs : ours;
        if (optional && present.stream().anyMatch(WireTransform::isNone)) {
          continue;
        }
        return Optional.empty();
      }
      Optional<WireTransform> pick = ours.stream()
          .filter(candidate -> theirs.stream().anyMatch(candidate::sameAs))
          .filter(candidate -> !type.isKeyExchange() || !usedKeyExchanges.contains(candidate.ianaName()))
          .filter(candidate -> privateAlgorithmsAllowed || !candidate.isPrivateUse() || candidate.isNone())
          .findFirst();
      if (pick.isEmpty()) {
        return Optional.empty();
      }
      if (type == TransformType.ENCR && pick.get().transform().algorithm().aead()) {
        aead = true;
      }
      if (type.isKeyExchange()) {
        usedKeyExchanges.add(pick.get().ianaName());
      }
      if (!pick.get().isNone() || type == TransformType.ESN) {
        chosen.add(pick.get().selected());
      }
    }
    return Optional.of(new Proposal(mine.protocol(), chosen, mine.origin(), mine.span(), Optional.empty()));
  }
}
