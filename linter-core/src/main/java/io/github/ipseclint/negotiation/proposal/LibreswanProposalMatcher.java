// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.negotiation.proposal;

import io.github.ipseclint.model.crypto.Proposal;
import io.github.ipseclint.model.crypto.Transform;
import io.github.ipseclint.model.crypto.TransformType;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * pluto's {@code process_v2SA_payload} (negotiation.md §3.2): for each received proposal in the
 * peer's order, the first local proposal that matches it, keeping the best (lowest) local one seen
 * so far. Every type the peer proposes must be matched; a local type is optional only when its
 * list holds {@code NONE} (INTEG and KE types).
 */
final class LibreswanProposalMatcher implements ProposalMatcher {
  private final boolean understandsAdditionalKeyExchanges;

  /** @param understandsAdditionalKeyExchanges 5.4 and later; older releases skip such proposals */
  LibreswanProposalMatcher(boolean understandsAdditionalKeyExchanges) {
    this.understandsAdditionalKeyExchanges = understandsAdditionalKeyExchanges;
  }

  @Override
  public Optional<ProposalMatch> select(List<Proposal> received, List<Proposal> configured, KeHandling ke) {
    int best = configured.size();
    ProposalMatch result = null;
    for (int r = 0; r < received.size(); r++) {
      Proposal remote = received.get(r);
      if (!remote.isValid() || (!understandsAdditionalKeyExchanges && hasAdditionalKeyExchange(remote))) {
        continue;
      }
      for (int l = 0; l < best; l++) {
        Optional<Proposal> suite = match(configured.get(l), remote, ke);
        if (suite.isPresent()) {
          best = l;
          result = new ProposalMatch(suite.get(), r, l);
          break;
        }
      }
    }
    return Optional.ofNullable(result);
  }

  private static boolean hasAdditionalKeyExchange(Proposal proposal) {
    return proposal.transforms().stream().anyMatch(t -> t.type().isAdditionalKeyExchange());
  }

  private static Optional<Proposal> match(Proposal local, Proposal remote, KeHandling ke) {
    if (!local.isValid() || local.protocol() != remote.protocol()) {
      return Optional.empty();
    }
    Set<TransformType> types = EnumSet.noneOf(TransformType.class);
    local.transforms().forEach(t -> types.add(t.type()));
    remote.transforms().forEach(t -> types.add(t.type()));
    List<Transform> chosen = new ArrayList<>();
    for (TransformType type : types) {
      if (type.isKeyExchange() && ke == KeHandling.SKIP_KE) {
        continue;
      }
      List<WireTransform> ours = WireTransform.of(local.of(type));
      List<WireTransform> theirs = WireTransform.of(remote.of(type));
      Optional<WireTransform> pick = ours.stream()
          .filter(candidate -> theirs.stream().anyMatch(candidate::sameAs))
          .findFirst();
      boolean localOptional = (type == TransformType.INTEG || type.isKeyExchange())
          && ours.stream().anyMatch(WireTransform::isNone);
      if (pick.isEmpty()) {
        boolean remoteProposes = !theirs.isEmpty();
        boolean localRequires = !ours.isEmpty() && !localOptional;
        if (remoteProposes || localRequires) {
          return Optional.empty();
        }
        continue;
      }
      if (!pick.get().isNone() || type == TransformType.ESN) {
        chosen.add(pick.get().selected());
      }
    }
    return Optional.of(new Proposal(local.protocol(), chosen, local.origin(), local.span(), Optional.empty()));
  }
}
