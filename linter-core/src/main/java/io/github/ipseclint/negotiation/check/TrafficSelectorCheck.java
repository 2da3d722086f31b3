// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.negotiation.check;

import io.github.ipseclint.model.ipsec.Child;
import io.github.ipseclint.model.ipsec.Connection;
import io.github.ipseclint.model.ipsec.HostAddress;
import io.github.ipseclint.model.target.VersionBucket;
import io.github.ipseclint.negotiation.exchange.Check;
import io.github.ipseclint.negotiation.exchange.CheckStatus;
import io.github.ipseclint.negotiation.exchange.Exchange;
import io.github.ipseclint.negotiation.outcome.Disagreement;
import io.github.ipseclint.negotiation.outcome.FailureClass;
import io.github.ipseclint.negotiation.outcome.LogLine;
import io.github.ipseclint.negotiation.outcome.Notify;
import io.github.ipseclint.negotiation.outcome.Phase;
import io.github.ipseclint.negotiation.selector.ChildSelection;
import io.github.ipseclint.negotiation.selector.ConfiguredSelectors;
import io.github.ipseclint.negotiation.selector.Endpoints;
import io.github.ipseclint.negotiation.selector.LibreswanChildSelector;
import io.github.ipseclint.negotiation.selector.LibreswanFit;
import io.github.ipseclint.negotiation.selector.Selector;
import io.github.ipseclint.negotiation.selector.StrongswanNarrowing;
import io.github.ipseclint.negotiation.selector.TsPair;
import java.util.List;
import java.util.Optional;

/**
 * C9: the responder picks a CHILD config by the traffic selectors the initiator proposes and
 * answers with the selectors of the CHILD SA (negotiation.md §8.1, §8.2, §14.2 C9). strongSwan
 * looks only among the children of the peer config it selected and always narrows; Libreswan
 * looks among the connections sharing the IKE SA's peer and demands equal selectors unless
 * {@code narrowing=yes}.
 */
public final class TrafficSelectorCheck implements Check {

  @Override
  public CheckStatus apply(Exchange exchange) {
    Optional<Child> child = ResponderTsSelection.initiatorChild(exchange);
    if (child.isEmpty()) {
      exchange.fail(Phase.IKE_AUTH, ChildRefusal.IKE_AUTH, Optional.empty(), new Disagreement(FailureClass.TS,
          Optional.of(exchange.initiator().connection().span()), Optional.empty(),
          exchange.initiator().label() + " configures no CHILD SA, so none is negotiated"));
      return CheckStatus.STOP_CHILD;
    }
    TsPair proposed = ResponderTsSelection.proposed(exchange, child.get());
    Connection selected = exchange.responderConnection();
    if (!exchange.responder().isStrongswan() && !exchange.virtualIps().isEmpty() && !selected.children().isEmpty()) {
      return leased(exchange, selected.children().get(0));
    }
    if (exchange.responder().isStrongswan()) {
      logMergedConns(exchange, selected);
    }
    ChildSelection selection = ResponderTsSelection.select(exchange, proposed);
    if (selection instanceof ChildSelection.Selected chosen) {
      exchange.responderChild(chosen.child());
      exchange.returnedTs(chosen.returned());
      logInstance(exchange, chosen);
      return CheckStatus.CONTINUE;
    }
    ResponderTsSelection.logRefusal(exchange, (ChildSelection.Refused) selection, proposed);
    return ChildRefusal.byResponder(exchange, Notify.TS_UNACCEPTABLE, disagreement(exchange, child.get(), proposed));
  }

  /**
   * A Libreswan mode-config server that leased an address skips the TS check of the request and
   * answers with the lease and its own selectors (negotiation.md §8.4).
   */
  private static CheckStatus leased(Exchange exchange, Child own) {
    Endpoints endpoints = exchange.endpoints();
    List<Selector> tsi = exchange.virtualIps().stream().map(Selector::of).toList();
    List<Selector> tsr = ConfiguredSelectors.resolve(own.localTs().value(), List.of(endpoints.responderHost()));
    exchange.responderChild(own);
    exchange.returnedTs(new TsPair(tsi, tsr));
    return CheckStatus.CONTINUE;
  }

  /**
   * pluto 4.x instantiates a connection that {@code narrowing=yes} makes a template although its
   * peer's address is fixed, for the narrowed selectors (seen with 4.10, case C09); a {@code %any}
   * template was instantiated for the IKE SA already.
   */
  private static void logInstance(Exchange exchange, ChildSelection.Selected chosen) {
    boolean fixedPeer = chosen.connection().remote().addresses().value().stream()
        .allMatch(address -> address instanceof HostAddress.Block);
    if (!exchange.responder().isStrongswan() && !exchange.responder().bucket().isAtLeast(VersionBucket.LS5)
        && LibreswanChildSelector.narrows(chosen.child()) && fixedPeer && chosen.connection().pools().value().isEmpty()) {
      exchange.logResponder("switched to \"" + chosen.connection().name() + "\"[<n>] "
          + exchange.endpoints().initiatorHost().addressText());
    }
  }

  /** stroke's load-time line for each conn whose child joined an earlier conn's peer config. */
  private static void logMergedConns(Exchange exchange, Connection selected) {
    List<Connection> merged = exchange.responder().daemon().peerConfigs().merged(selected);
    for (Connection conn : merged.subList(1, merged.size())) {
      exchange.logResponder(new LogLine(LogLine.Event.LOAD,
          "added child to existing configuration '" + merged.get(0).name() + "'"));
    }
  }

  /** Points at the side of the responder's own CHILD config that does not take the proposal. */
  private static Disagreement disagreement(Exchange exchange, Child initiatorChild, TsPair proposed) {
    Optional<Child> responderChild = exchange.responderConnection().children().stream().findFirst();
    List<Selector> remote = responderChild.map(child -> ConfiguredSelectors.resolve(child.remoteTs().value(),
        ResponderTsSelection.peerDynamic(exchange))).orElse(List.of());
    List<Selector> local = responderChild.map(child -> ConfiguredSelectors.resolve(child.localTs().value(),
        List.of(exchange.endpoints().responderHost()))).orElse(List.of());
    String rule;
    boolean tsiFits;
    if (exchange.responder().isStrongswan()) {
      rule = "strongSwan narrows to what both configure, and these do not overlap";
      tsiFits = !StrongswanNarrowing.narrow(remote, proposed.tsi()).isEmpty();
    } else {
      boolean narrowing = responderChild.map(LibreswanChildSelector::narrows).orElse(false);
      rule = narrowing
          ? "Libreswan with narrowing=yes accepts only selectors inside its own"
          : "Libreswan with narrowing=no accepts only selectors equal to its own; make both ends' subnets identical"
              + " or set narrowing=yes";
      tsiFits = !LibreswanFit.forNarrowing(narrowing).fitAll(remote, proposed.tsi()).isEmpty();
    }
    TsDisagreement place = new TsDisagreement(exchange.initiator(), initiatorChild, exchange.responder(), responderChild,
        !tsiFits);
    return tsiFits ? place.disagreement(proposed.tsr(), local, rule) : place.disagreement(proposed.tsi(), remote, rule);
  }
}
