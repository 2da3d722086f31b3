// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.negotiation.check;

import io.github.ipseclint.model.ipsec.Child;
import io.github.ipseclint.model.ipsec.Connection;
import io.github.ipseclint.model.target.VersionBucket;
import io.github.ipseclint.negotiation.auth.IdentityText;
import io.github.ipseclint.negotiation.exchange.Check;
import io.github.ipseclint.negotiation.exchange.CheckStatus;
import io.github.ipseclint.negotiation.exchange.Exchange;
import io.github.ipseclint.negotiation.outcome.Disagreement;
import io.github.ipseclint.negotiation.outcome.FailureClass;
import io.github.ipseclint.negotiation.outcome.Notify;
import io.github.ipseclint.negotiation.outcome.Phase;
import io.github.ipseclint.negotiation.selector.ChildSelection;
import io.github.ipseclint.negotiation.selector.ConfiguredSelectors;
import io.github.ipseclint.negotiation.selector.Endpoints;
import io.github.ipseclint.negotiation.selector.LibreswanChildSelector;
import io.github.ipseclint.negotiation.selector.LibreswanFit;
import io.github.ipseclint.negotiation.selector.ProposedSelectors;
import io.github.ipseclint.negotiation.selector.Selector;
import io.github.ipseclint.negotiation.selector.SelectorText;
import io.github.ipseclint.negotiation.selector.StrongswanChildSelector;
import io.github.ipseclint.negotiation.selector.StrongswanPeerConfig;
import io.github.ipseclint.negotiation.selector.TsPair;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * IKEv1 Quick Mode, the responder's look-up by the IDs IDci/IDcr (negotiation.md §8.3): pluto
 * needs a connection whose subnets equal them exactly, charon picks a CHILD config that overlaps
 * and narrows to the first intersection. No fit: INVALID_ID_INFORMATION, the ISAKMP SA stays.
 */
public final class QuickModeIdCheck implements Check {

  @Override
  public CheckStatus apply(Exchange exchange) {
    Optional<Child> child = ResponderTsSelection.initiatorChild(exchange);
    if (child.isEmpty()) {
      exchange.fail(Phase.IKE_AUTH, QuickModeRefusal.QUICK_MODE, Optional.empty(), new Disagreement(FailureClass.TS,
          Optional.of(exchange.initiator().connection().span()), Optional.empty(),
          exchange.initiator().label() + " configures no IPsec SA, so Quick Mode never starts"));
      return CheckStatus.STOP_CHILD;
    }
    if (!exchange.initiator().isStrongswan() && !exchange.initiator().bucket().isAtLeast(VersionBucket.LS5)) {
      exchange.logInitiator(QuickModeOffer.libreswanStart(child.get(), exchange.initiator().connection(),
          QuickModeOffer.proposals(exchange, child.get())));
    }
    TsPair all = ProposedSelectors.quickMode(exchange.initiator().connection(), child.get(), exchange.endpoints(),
        exchange.virtualIps());
    // One ID per side: IKEv1 carries a single selector in IDci and IDcr.
    TsPair proposed = new TsPair(all.tsi().subList(0, Math.min(1, all.tsi().size())),
        all.tsr().subList(0, Math.min(1, all.tsr().size())));
    exchange.proposedTs(proposed);
    Endpoints endpoints = exchange.endpoints();
    Connection selected = exchange.responderConnection();
    ChildSelection selection;
    if (exchange.responder().isStrongswan()) {
      selection = StrongswanChildSelector.select(
          StrongswanPeerConfig.children(selected, exchange.responder().daemon().peerConfigs()),
          proposed, endpoints, ResponderTsSelection.peerDynamic(exchange));
    } else {
      exchange.logResponder("the peer proposed: " + libreswanPair(exchange, proposed));
      List<Connection> candidates = new ArrayList<>(List.of(selected));
      exchange.responderCandidates().stream().filter(c -> c != selected).forEach(candidates::add);
      selection = LibreswanChildSelector.selectExact(candidates, proposed, endpoints,
          ResponderTsSelection.peerDynamic(exchange));
    }
    if (selection instanceof ChildSelection.Selected chosen) {
      exchange.responderChild(chosen.child());
      exchange.returnedTs(new TsPair(chosen.returned().tsi().subList(0, 1), chosen.returned().tsr().subList(0, 1)));
      return CheckStatus.CONTINUE;
    }
    logRefusal(exchange, proposed, endpoints);
    return QuickModeRefusal.byResponder(exchange, Notify.INVALID_ID_INFORMATION,
        disagreement(exchange, child.get(), proposed));
  }

  /** 4.x {@code 10.2.0.0/16 -<all>-> 10.1.0.0/24}, 5.x {@code 10.2.0.0/16===10.1.0.0/24}: local first. */
  private static String libreswanPair(Exchange exchange, TsPair proposed) {
    String local = SelectorText.libreswan5(proposed.tsr().get(0));
    String remote = SelectorText.libreswan5(proposed.tsi().get(0));
    return exchange.responder().bucket().isAtLeast(VersionBucket.LS5)
        ? local + "===" + remote
        : local + " -<all>-> " + remote;
  }

  private static void logRefusal(Exchange exchange, TsPair proposed, Endpoints endpoints) {
    if (exchange.responder().isStrongswan()) {
      exchange.logResponder("no matching CHILD_SA config found for " + SelectorText.strongswan(proposed.tsi())
          + " === " + SelectorText.strongswan(proposed.tsr()));
      return;
    }
    Connection own = exchange.responderConnection();
    String me = IdentityText.libreswan(exchange.responderId().orElseGet(() -> own.local().id().value()));
    String peer = IdentityText.libreswan(
        exchange.initiatorId().orElseGet(() -> exchange.initiator().connection().local().id().value()));
    exchange.logResponder("cannot respond to IPsec SA request because no connection is known for "
        + SelectorText.libreswan5(proposed.tsr().get(0)) + "===" + endpoints.responderHost().addressText() + "[" + me + "]..."
        + endpoints.initiatorHost().addressText() + "[" + peer + "]===" + SelectorText.libreswan5(proposed.tsi().get(0)));
  }

  private static Disagreement disagreement(Exchange exchange, Child mine, TsPair proposed) {
    Optional<Child> theirs = exchange.responderConnection().children().stream().findFirst();
    List<Selector> remote = theirs.map(child -> ConfiguredSelectors.resolve(child.remoteTs().value(),
        ResponderTsSelection.peerDynamic(exchange))).orElse(List.of());
    List<Selector> local = theirs.map(child -> ConfiguredSelectors.resolve(child.localTs().value(),
        List.of(exchange.endpoints().responderHost()))).orElse(List.of());
    boolean strongswan = exchange.responder().isStrongswan();
    boolean tsiFits = strongswan
        ? remote.stream().anyMatch(r -> proposed.tsi().stream().anyMatch(t -> r.intersect(t).isPresent()))
        : !LibreswanFit.EQUALS.fitAll(remote, proposed.tsi()).isEmpty();
    String rule = strongswan
        ? "strongSwan needs a CHILD config that overlaps both IDs"
        : "Libreswan needs a connection whose subnets equal the Quick Mode IDs exactly; make both ends' subnets identical";
    TsDisagreement place = new TsDisagreement(exchange.initiator(), mine, exchange.responder(), theirs, !tsiFits);
    return tsiFits ? place.disagreement(proposed.tsr(), local, rule) : place.disagreement(proposed.tsi(), remote, rule);
  }
}
