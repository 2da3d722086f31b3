// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.negotiation.check;

import io.github.ipseclint.model.crypto.Proposal;
import io.github.ipseclint.model.crypto.ProposalSet;
import io.github.ipseclint.model.crypto.Transform;
import io.github.ipseclint.model.crypto.TransformType;
import io.github.ipseclint.model.ipsec.Child;
import io.github.ipseclint.model.ipsec.Configured;
import io.github.ipseclint.model.source.Span;
import io.github.ipseclint.model.target.VersionBucket;
import io.github.ipseclint.negotiation.exchange.Check;
import io.github.ipseclint.negotiation.exchange.CheckStatus;
import io.github.ipseclint.negotiation.exchange.Exchange;
import io.github.ipseclint.negotiation.outcome.Disagreement;
import io.github.ipseclint.negotiation.outcome.FailureClass;
import io.github.ipseclint.negotiation.outcome.Notify;
import io.github.ipseclint.negotiation.proposal.KeHandling;
import io.github.ipseclint.negotiation.proposal.ProposalMatch;
import io.github.ipseclint.negotiation.proposal.ProposalMatcher;
import io.github.ipseclint.negotiation.wording.LibreswanWording;
import io.github.ipseclint.negotiation.wording.StrongswanWording;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * C10: the ESP/AH proposal of the CHILD SA created in IKE_AUTH (negotiation.md §7.1, §14.2 C10).
 * Both daemons leave key exchange out of it, so PFS settings do not matter here; ESN, AEAD versus
 * integrity algorithms and key lengths do.
 */
public final class ChildProposalCheck implements Check {

  @Override
  public CheckStatus apply(Exchange exchange) {
    Child mine = exchange.initiatorChild().orElseThrow();
    Child theirs = exchange.responderChild().orElseThrow();
    Configured<ProposalSet> offeredSet = offered(mine);
    Optional<Configured<ProposalSet>> configuredSet = theirs.proposals().stream()
        .filter(set -> set.value().protocol() == offeredSet.value().protocol()).findFirst();
    List<Proposal> offered = sent(offeredSet);
    List<Proposal> configured = configuredSet.map(ChildProposalCheck::sent).orElse(List.of());
    Optional<ProposalMatch> match = ProposalMatcher.forResponder(exchange.responder(), exchange.initiator())
        .select(offered, configured, KeHandling.SKIP_KE);
    if (match.isPresent()) {
      exchange.childMatch(match.get());
      logSelected(exchange, offered, match.get());
      return CheckStatus.CONTINUE;
    }
    logRefused(exchange, offered, configured);
    return ChildRefusal.byResponder(exchange, Notify.NO_PROPOSAL_CHOSEN,
        disagreement(exchange, offeredSet, configuredSet.orElse(theirs.proposals().get(0)), offered, configured));
  }

  /** The set the initiator offers: its first (ESP, or AH when that is all it has). */
  static Configured<ProposalSet> offered(Child child) {
    return child.proposals().get(0);
  }

  /** Proposals as they travel in IKE_AUTH: valid ones only, key exchange left out (§7.1). */
  static List<Proposal> sent(Configured<ProposalSet> set) {
    return set.value().proposals().stream().filter(Proposal::isValid).map(ChildProposalCheck::withoutKeyExchange).toList();
  }

  /** The proposal without key exchange transforms, as both daemons send and select ESP in IKE_AUTH. */
  static Proposal withoutKeyExchange(Proposal proposal) {
    List<Transform> kept = proposal.transforms().stream().filter(t -> !t.type().isKeyExchange()).toList();
    return new Proposal(proposal.protocol(), kept, proposal.origin(), proposal.span(), proposal.rejection());
  }

  private static void logSelected(Exchange exchange, List<Proposal> offered, ProposalMatch match) {
    if (exchange.responder().isStrongswan()) {
      exchange.logResponder("selected proposal: " + StrongswanWording.proposal(match.suite()));
    } else {
      VersionBucket bucket = exchange.responder().bucket();
      exchange.logResponder(LibreswanWording.chosen(match.receivedIndex() + 1, match.suite(), bucket)
          + " SPI=<spi> chosen from remote proposals " + LibreswanWording.remoteProposals(offered,
              Map.of(match.receivedIndex() + 1, "first-match"), exchange.initiator().isStrongswan(), bucket));
    }
  }

  private static void logRefused(Exchange exchange, List<Proposal> offered, List<Proposal> configured) {
    if (exchange.responder().isStrongswan()) {
      exchange.logResponder("received proposals: " + StrongswanWording.proposals(offered));
      exchange.logResponder("configured proposals: " + StrongswanWording.proposals(configured));
      exchange.logResponder("no acceptable proposal found");
    } else {
      exchange.logResponder("no local proposal matches remote proposals "
          + LibreswanWording.remoteProposals(offered, Map.of(), exchange.initiator().isStrongswan(),
              exchange.responder().bucket()));
      exchange.logResponder("IKE_AUTH responder matching remote ESP/AH proposals failed, responder SA processing"
          + " returned NO_PROPOSAL_CHOSEN");
    }
  }

  /**
   * Points at the ESN settings when only extended sequence numbers keep the proposals apart
   * (Libreswan {@code esn=}, strongSwan {@code esn}/{@code noesn}), else at both proposal lists.
   */
  private static Disagreement disagreement(Exchange exchange, Configured<ProposalSet> offeredSet,
      Configured<ProposalSet> configuredSet, List<Proposal> offered, List<Proposal> configured) {
    boolean esnOnly = ProposalMatcher.forResponder(exchange.responder(), exchange.initiator())
        .select(withoutEsn(offered), withoutEsn(configured), KeHandling.SKIP_KE).isPresent();
    String initiator = exchange.initiator().label();
    String responder = exchange.responder().label();
    if (esnOnly) {
      return new Disagreement(FailureClass.CHILD_PROPOSAL, Optional.of(esnSpan(offered, offeredSet)),
          Optional.of(esnSpan(configured, configuredSet)),
          initiator + " and " + responder + " agree on the algorithms but not on extended sequence numbers ("
              + esn(offered) + " offered, " + esn(configured) + " accepted); configure the same ESN setting on both ends");
    }
    return new Disagreement(FailureClass.CHILD_PROPOSAL, Optional.of(offeredSet.span()), Optional.of(configuredSet.span()),
        initiator + " offers " + StrongswanWording.proposals(offered) + " and " + responder + " accepts "
            + (configured.isEmpty() ? "no " + offeredSet.value().protocol() + " proposal"
                : StrongswanWording.proposals(configured))
            + "; no proposal has an algorithm of every type in common");
  }

  private static List<Proposal> withoutEsn(List<Proposal> proposals) {
    return proposals.stream().map(p -> new Proposal(p.protocol(),
        p.transforms().stream().filter(t -> t.type() != TransformType.ESN).toList(), p.origin(), p.span(), p.rejection()))
        .toList();
  }

  private static Span esnSpan(List<Proposal> proposals, Configured<ProposalSet> set) {
    return proposals.stream().flatMap(p -> p.of(TransformType.ESN).stream()).findFirst().map(Transform::span)
        .orElse(set.span());
  }

  private static String esn(List<Proposal> proposals) {
    List<String> names = proposals.stream().flatMap(p -> p.of(TransformType.ESN).stream())
        .map(Transform::canonicalName).distinct().toList();
    return names.isEmpty() ? "no ESN transform" : String.join("/", names);
  }
}
