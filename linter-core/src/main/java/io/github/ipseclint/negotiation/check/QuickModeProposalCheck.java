// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.negotiation.check;

import io.github.ipseclint.model.crypto.Proposal;
import io.github.ipseclint.model.crypto.ProposalSet;
import io.github.ipseclint.model.crypto.Transform;
import io.github.ipseclint.model.crypto.TransformType;
import io.github.ipseclint.model.ipsec.Child;
import io.github.ipseclint.model.ipsec.Configured;
import io.github.ipseclint.negotiation.exchange.Check;
import io.github.ipseclint.negotiation.exchange.CheckStatus;
import io.github.ipseclint.negotiation.exchange.Exchange;
import io.github.ipseclint.negotiation.outcome.Disagreement;
import io.github.ipseclint.negotiation.outcome.FailureClass;
import io.github.ipseclint.negotiation.outcome.Notify;
import io.github.ipseclint.negotiation.proposal.KeHandling;
import io.github.ipseclint.negotiation.proposal.ProposalMatch;
import io.github.ipseclint.negotiation.proposal.ProposalMatcher;
import io.github.ipseclint.negotiation.wording.StrongswanWording;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * IKEv1 Quick Mode, the IPsec SA proposal with its PFS group (negotiation.md §3.4, §11.3). Every
 * IPsec SA, the first included, is negotiated here, so a PFS mismatch fails at once rather than
 * at the first rekey as in IKEv2: Libreswan with {@code pfs=yes} refuses a request without a
 * group, charon matches the group like any transform.
 */
public final class QuickModeProposalCheck implements Check {

  @Override
  public CheckStatus apply(Exchange exchange) {
    Child mine = exchange.initiatorChild().orElseThrow();
    Child theirs = exchange.responderChild().orElseThrow();
    Configured<ProposalSet> offeredSet = ChildProposalCheck.offered(mine);
    List<Proposal> offered = QuickModeOffer.proposals(exchange, mine);
    Configured<ProposalSet> configuredSet = theirs.proposals().stream()
        .filter(set -> set.value().protocol() == offeredSet.value().protocol()).findFirst()
        .orElse(theirs.proposals().get(0));
    List<Proposal> configured = configuredSet.value().proposals().stream().filter(Proposal::isValid).toList();
    boolean pfsOffered = offered.stream().anyMatch(p -> !p.of(TransformType.KE).isEmpty());
    Optional<ProposalMatch> match;
    if (exchange.responder().isStrongswan()) {
      match = ProposalMatcher.forResponder(exchange.responder(), exchange.initiator())
          .select(offered, configured, KeHandling.WITH_KE);
      if (match.isEmpty()) {
        exchange.logResponder("no matching proposal found, sending NO_PROPOSAL_CHOSEN");
      }
    } else {
      Optional<Configured<Boolean>> pfs = theirs.pfs().filter(Configured::value);
      if (pfs.isPresent() && !pfsOffered) {
        exchange.logResponder("we require PFS but Quick I1 SA specifies no GROUP_DESCRIPTION");
        return QuickModeRefusal.byResponder(exchange, Notify.NO_PROPOSAL_CHOSEN, new Disagreement(FailureClass.CHILD_PROPOSAL,
            Optional.of(offeredSet.span()), Optional.of(pfs.get().span()),
            exchange.responder().label() + " requires PFS (pfs=yes) and IKEv1 negotiates it in every Quick Mode, but "
                + exchange.initiator().label() + " proposes no Diffie-Hellman group; add the phase-1 group to its ESP"
                + " proposals or set pfs=no"));
      }
      match = libreswan(exchange, offered, configured);
    }
    if (match.isEmpty()) {
      return QuickModeRefusal.byResponder(exchange, Notify.NO_PROPOSAL_CHOSEN,
          disagreement(exchange, offeredSet, configuredSet, offered, pfsOffered));
    }
    exchange.childMatch(match.get());
    if (exchange.responder().isStrongswan()) {
      logLifetime(exchange, mine, theirs);
    }
    return CheckStatus.CONTINUE;
  }

  /**
   * The IPsec SA's lifetime travels in the proposal; charon takes the initiator's and logs when
   * it differs from its own (negotiation.md §12.2).
   */
  private static void logLifetime(Exchange exchange, Child mine, Child theirs) {
    long received = mine.lifetimes().life().value().toSeconds();
    long configured = theirs.lifetimes().life().value().toSeconds();
    if (received != configured) {
      exchange.logResponder("received " + received + "s lifetime, configured " + configured + "s");
    }
  }

  /**
   * pluto takes the initiator's first transform that one of its own proposals accepts
   * (negotiation.md §3.4); a group must be one its {@code esp=} names, any group when it names
   * none.
   */
  private static Optional<ProposalMatch> libreswan(Exchange exchange, List<Proposal> offered, List<Proposal> configured) {
    ProposalMatcher matcher = ProposalMatcher.forResponder(exchange.responder(), exchange.initiator());
    List<Transform> localGroups = configured.stream().flatMap(p -> p.of(TransformType.KE).stream())
        .filter(t -> !t.algorithm().isNone()).toList();
    for (int r = 0; r < offered.size(); r++) {
      Proposal remote = offered.get(r);
      Optional<Transform> group = remote.of(TransformType.KE).stream().findFirst();
      if (group.isPresent() && !localGroups.isEmpty() && localGroups.stream().noneMatch(group.get()::sameAs)) {
        continue;
      }
      Optional<ProposalMatch> match = matcher.select(List.of(remote), configured, KeHandling.SKIP_KE);
      if (match.isPresent()) {
        List<Transform> suite = new ArrayList<>(match.get().suite().transforms());
        group.ifPresent(suite::add);
        Proposal chosen = match.get().suite();
        return Optional.of(new ProposalMatch(new Proposal(chosen.protocol(), suite, chosen.origin(), chosen.span(),
            Optional.empty()), r, match.get().configuredIndex()));
      }
    }
    return Optional.empty();
  }

  private static Disagreement disagreement(Exchange exchange, Configured<ProposalSet> offeredSet,
      Configured<ProposalSet> configuredSet, List<Proposal> offered, boolean pfsOffered) {
    String initiator = exchange.initiator().label();
    String responder = exchange.responder().label();
    String pfs = pfsOffered ? "" : " (without a PFS group; IKEv1 negotiates PFS in every Quick Mode)";
    return new Disagreement(FailureClass.CHILD_PROPOSAL, Optional.of(offeredSet.span()), Optional.of(configuredSet.span()),
        initiator + " proposes " + StrongswanWording.proposals(offered) + pfs + " and " + responder + " accepts "
            + StrongswanWording.proposals(configuredSet.value().proposals()) + "; no proposal matches");
  }
}
