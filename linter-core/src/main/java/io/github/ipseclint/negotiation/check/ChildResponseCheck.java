// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.negotiation.check;

import io.github.ipseclint.model.crypto.Proposal;
import io.github.ipseclint.model.ipsec.Child;
import io.github.ipseclint.model.ipsec.IpsecMode;
import io.github.ipseclint.model.target.VersionBucket;
import io.github.ipseclint.negotiation.exchange.Check;
import io.github.ipseclint.negotiation.exchange.CheckStatus;
import io.github.ipseclint.negotiation.exchange.Exchange;
import io.github.ipseclint.negotiation.outcome.Disagreement;
import io.github.ipseclint.negotiation.outcome.FailureClass;
import io.github.ipseclint.negotiation.outcome.Notify;
import io.github.ipseclint.negotiation.proposal.KeHandling;
import io.github.ipseclint.negotiation.proposal.ProposalMatch;
import io.github.ipseclint.negotiation.proposal.ReturnedProposalCheck;
import io.github.ipseclint.negotiation.wording.LibreswanWording;
import io.github.ipseclint.negotiation.wording.StrongswanWording;
import io.github.ipseclint.negotiation.selector.ConfiguredSelectors;
import io.github.ipseclint.negotiation.selector.Endpoints;
import io.github.ipseclint.negotiation.selector.LibreswanChildSelector;
import io.github.ipseclint.negotiation.selector.LibreswanFit;
import io.github.ipseclint.negotiation.selector.Selector;
import io.github.ipseclint.negotiation.selector.SelectorAddresses;
import io.github.ipseclint.negotiation.selector.StrongswanNarrowing;
import io.github.ipseclint.negotiation.selector.TsPair;
import java.util.List;
import java.util.Optional;

/**
 * C12: the initiator checks the IKE_AUTH response's CHILD SA (negotiation.md §3.3, §8.1, §8.2,
 * §9, §14.2 C12): the returned proposal, then the selectors (strongSwan accepts any non-empty
 * subset of its own, Libreswan demands its own unless {@code narrowing=yes}), then the mode. A
 * rejection deletes the CHILD SA the responder had already installed.
 */
public final class ChildResponseCheck implements Check {

  @Override
  public CheckStatus apply(Exchange exchange) {
    Child mine = exchange.initiatorChild().orElseThrow();
    ProposalMatch match = exchange.childMatch().orElseThrow();
    List<Proposal> offered = ChildProposalCheck.sent(ChildProposalCheck.offered(mine));
    if (!ReturnedProposalCheck.accepts(exchange.initiator(), offered, match, KeHandling.SKIP_KE)) {
      exchange.logInitiator(exchange.initiator().isStrongswan() ? "no acceptable proposal found"
          : "remote accepted the invalid "
              + LibreswanWording.chosen(match.receivedIndex() + 1, match.suite(), exchange.initiator().bucket()));
      return ChildRefusal.byInitiator(exchange, Notify.NO_PROPOSAL_CHOSEN, new Disagreement(FailureClass.CHILD_PROPOSAL,
          Optional.of(ChildProposalCheck.offered(mine).span()), Optional.of(match.suite().span()),
          exchange.responder().label() + " returns " + StrongswanWording.proposal(match.suite()) + ", which "
              + exchange.initiator().label() + " did not offer"));
    }
    Optional<TsPair> agreed = selectors(exchange, mine, exchange.returnedTs().orElseThrow());
    if (agreed.isEmpty()) {
      return ChildRefusal.byInitiator(exchange, Notify.TS_UNACCEPTABLE, narrowed(exchange, mine));
    }
    IpsecMode answered = exchange.mode().orElse(IpsecMode.TUNNEL);
    if (!modeAccepted(exchange, ModeCheck.requested(mine), answered)) {
      return ChildRefusal.byInitiator(exchange, Notify.NO_PROPOSAL_CHOSEN,
          ModeCheck.disagreement(exchange, mine, exchange.responderChild().orElseThrow()));
    }
    established(exchange, agreed.get());
    return CheckStatus.CONTINUE;
  }

  /** The selectors the initiator installs, or empty when it refuses the returned ones. */
  private static Optional<TsPair> selectors(Exchange exchange, Child mine, TsPair returned) {
    Endpoints endpoints = exchange.endpoints();
    List<SelectorAddresses> own = exchange.virtualIps().isEmpty() ? List.of(endpoints.initiatorHost()) : exchange.virtualIps();
    List<Selector> local = ConfiguredSelectors.resolve(mine.localTs().value(), own);
    List<Selector> remote = ConfiguredSelectors.resolve(mine.remoteTs().value(), List.of(endpoints.responderHost()));
    if (exchange.initiator().isStrongswan()) {
      if (mine.mode().value() == IpsecMode.TRANSPORT) {
        local = ConfiguredSelectors.onHost(local, endpoints.initiatorHost());
        remote = ConfiguredSelectors.onHost(remote, endpoints.responderHost());
      }
      List<Selector> tsi = StrongswanNarrowing.narrow(local, returned.tsi());
      List<Selector> tsr = StrongswanNarrowing.narrow(remote, returned.tsr());
      if (tsi.isEmpty() || tsr.isEmpty()) {
        exchange.logInitiator("no acceptable traffic selectors found");
        return Optional.empty();
      }
      return Optional.of(new TsPair(tsi, tsr));
    }
    LibreswanFit rule = LibreswanFit.forNarrowing(LibreswanChildSelector.narrows(mine));
    List<Selector> tsi = rule.fitAll(local, returned.tsi());
    List<Selector> tsr = rule.fitAll(remote, returned.tsr());
    if (tsi.isEmpty() || tsr.isEmpty()) {
      exchange.logInitiator("CHILD SA failed: TS_UNACCEPTABLE");
      return Optional.empty();
    }
    return Optional.of(new TsPair(tsi, tsr));
  }

  /**
   * strongSwan takes a tunnel answer to a transport request but not the reverse; Libreswan wants
   * exactly the mode it is configured for.
   */
  private static boolean modeAccepted(Exchange exchange, IpsecMode requested, IpsecMode answered) {
    if (exchange.initiator().isStrongswan()) {
      if (answered == IpsecMode.TRANSPORT && requested != IpsecMode.TRANSPORT) {
        exchange.logInitiator("TRANSPORT mode requested by responder is unacceptable");
        return false;
      }
      return true;
    }
    if (answered == requested) {
      return true;
    }
    String want = requested == IpsecMode.TRANSPORT ? "Transport" : "Tunnel";
    String got = answered == IpsecMode.TRANSPORT ? "Transport" : "Tunnel";
    if (exchange.initiator().bucket().isAtLeast(VersionBucket.LS5)) {
      exchange.logInitiator("policy dictates " + want + " Mode, but peer requested " + got + " Mode");
      exchange.logInitiator("CHILD SA failed: NO_PROPOSAL_CHOSEN");
    } else {
      exchange.logInitiator("local policy requires " + want + " Mode but peer requires required " + got + " Mode");
    }
    return false;
  }

  private static void established(Exchange exchange, TsPair agreed) {
    exchange.returnedTs(agreed);
    exchange.trafficSelectors(agreed.tsi().stream().map(Selector::asConfigured).toList(),
        agreed.tsr().stream().map(Selector::asConfigured).toList());
    ChildSaText.established(exchange, false);
    if (exchange.initiator().isStrongswan()) {
      exchange.logInitiator("selected proposal: " + StrongswanWording.proposal(exchange.childSuite().orElseThrow()));
    }
    ChildSaText.established(exchange, true);
  }

  /** The responder narrowed (or answered with other selectors) and the initiator does not take it. */
  private static Disagreement narrowed(Exchange exchange, Child mine) {
    TsPair proposed = exchange.proposedTs().orElseThrow();
    TsPair returned = exchange.returnedTs().orElseThrow();
    boolean tsiChanged = !sameSelectors(proposed.tsi(), returned.tsi());
    Optional<Child> theirs = exchange.responderChild();
    String rule = exchange.initiator().isStrongswan()
        ? "strongSwan accepts only selectors that overlap its own"
        : LibreswanChildSelector.narrows(mine)
            ? "Libreswan with narrowing=yes accepts only selectors inside its own"
            : "Libreswan with narrowing=no refuses any narrowing by the responder; make both ends' subnets identical"
                + " or set narrowing=yes on the initiator";
    TsDisagreement place = new TsDisagreement(exchange.initiator(), mine, exchange.responder(), theirs, tsiChanged);
    return tsiChanged ? place.disagreement(proposed.tsi(), returned.tsi(), rule)
        : place.disagreement(proposed.tsr(), returned.tsr(), rule);
  }

  private static boolean sameSelectors(List<Selector> a, List<Selector> b) {
    return a.size() == b.size() && a.stream().allMatch(x -> b.stream().anyMatch(x::sameAs));
  }
}
