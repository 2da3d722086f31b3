// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.negotiation.lifecycle;

import io.github.ipseclint.model.crypto.IkeVersion;
import io.github.ipseclint.model.crypto.Proposal;
import io.github.ipseclint.model.crypto.TransformType;
import io.github.ipseclint.negotiation.Side;
import io.github.ipseclint.negotiation.exchange.Exchange;
import io.github.ipseclint.negotiation.outcome.ChildRekey;
import io.github.ipseclint.negotiation.outcome.Disagreement;
import io.github.ipseclint.negotiation.outcome.FailureClass;
import io.github.ipseclint.negotiation.outcome.TimelineEvent;
import io.github.ipseclint.negotiation.outcome.Verdict;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Follows an established CHILD SA through its first rekey, hard expiry, recreation and
 * reauthentication (negotiation.md §7, §12, §14.2 C13-C14). Log lines of later events go into the
 * exchange, tagged with their event; a lifecycle that fails records the disagreement behind it
 * as the decisive one. When either end may rekey first, both orders are followed and the worse
 * verdict is reported, the qualifier saying how the two differ.
 */
public final class ChildLifecycle {

  public LifecycleResult follow(Exchange exchange) {
    Optional<Proposal> suite = exchange.childSuite();
    if (suite.isEmpty() || !hasChildConfig(exchange)) {
      return new LifecycleResult(Verdict.STABLE, ChildRekey.notApplicable(), List.of(), "");
    }
    LifecycleEnd initiator = LifecycleEnd.initiatorOf(exchange);
    LifecycleEnd responder = LifecycleEnd.responderOf(exchange);
    LifecycleEnd left = initiator.side() == Side.LEFT ? initiator : responder;
    LifecycleEnd right = initiator.side() == Side.LEFT ? responder : initiator;
    if (exchange.ikeVersion() == IkeVersion.IKEV1) {
      return QuickModeRekeys.follow(left, right);
    }
    ChildSa established = new ChildSa(suite.get(),
        exchange.ikeSuite().flatMap(ike -> ike.of(TransformType.KE).stream().findFirst()), 1);
    LifecycleWalk walk = new LifecycleWalk(left, right, established);
    List<Optional<Side>> orders = new RekeyOrder(left, right).firstRekeyers();
    List<Scenario> scenarios = orders.stream().map(walk::walk).toList();
    Scenario worst = scenarios.stream().max(Comparator.comparing(Scenario::verdict)).orElseThrow();

    Set<LifecycleStep> steps = new LinkedHashSet<>();
    scenarios.forEach(scenario -> steps.addAll(scenario.steps()));
    for (LifecycleStep step : steps) {
      step.lines(exchange.initiatorSide()).forEach(exchange::logInitiator);
      step.lines(exchange.initiatorSide().other()).forEach(exchange::logResponder);
    }
    noteDisagreements(exchange, worst, scenarios);
    List<TimelineEvent> timeline = steps.stream().map(LifecycleStep::event).distinct()
        .sorted(Comparator.comparing(TimelineEvent::earliest)).toList();
    return new LifecycleResult(worst.verdict(), worst.firstRekey(), timeline,
        qualifier(orders, scenarios, side -> (side == Side.LEFT ? left : right).label()));
  }

  /** A CHILD SA needs a CHILD config on each end: the one the setup chose, or the connection's first. */
  private static boolean hasChildConfig(Exchange exchange) {
    return (exchange.initiatorChild().isPresent() || !exchange.initiator().connection().children().isEmpty())
        && (exchange.responderChild().isPresent() || !exchange.responderConnection().children().isEmpty());
  }

  /** The failed exchange behind a failing verdict decides it; a rekey that only costs a round trip is noted. */
  private static void noteDisagreements(Exchange exchange, Scenario worst, List<Scenario> scenarios) {
    if (worst.verdict() != Verdict.STABLE) {
      worst.decisive().ifPresent(result -> exchange.noteDecisive(disagreement(exchange, FailureClass.REKEY,
          result.explanation() + " (" + worst.qualifier() + ")")));
      return;
    }
    scenarios.stream().flatMap(scenario -> scenario.decisive().stream()).findFirst()
        .ifPresent(result -> exchange.note(disagreement(exchange, FailureClass.REKEY,
            result.explanation() + ", although the other end's rekeys succeed")));
    if (scenarios.stream().anyMatch(scenario -> scenario.childInvalidKeRounds() > 0)) {
      exchange.note(disagreement(exchange, FailureClass.KE_RETRY,
          "the CHILD SA rekey starts with a key exchange method the other end does not choose,"
              + " which costs an INVALID_KE_PAYLOAD round trip"));
    }
  }

  /** Points at the setting that decides each end's PFS: its ESP proposals, or Libreswan's {@code pfs=}/{@code esp=}. */
  private static Disagreement disagreement(Exchange exchange, FailureClass failureClass, String explanation) {
    LifecycleEnd initiator = LifecycleEnd.initiatorOf(exchange);
    LifecycleEnd responder = LifecycleEnd.responderOf(exchange);
    return new Disagreement(failureClass, Optional.of(initiator.proposals().pfsSetting()),
        Optional.of(responder.proposals().pfsSetting()), explanation);
  }

  /**
   * One qualifier, or both when the order of the timers changes it.
   *
   * @param label how an end is named, by its side
   */
  private static String qualifier(List<Optional<Side>> orders, List<Scenario> scenarios, Function<Side, String> label) {
    if (scenarios.size() == 1
        || scenarios.stream().map(s -> s.verdict() + s.qualifier()).distinct().count() == 1) {
      return scenarios.get(0).qualifier();
    }
    List<String> parts = new ArrayList<>();
    for (int i = 0; i < scenarios.size(); i++) {
      Scenario scenario = scenarios.get(i);
      String who = orders.get(i).map(label).orElse("no end");
      boolean sameVerdict = scenarios.stream().map(Scenario::verdict).distinct().count() == 1;
      parts.add("if " + who + " rekeys first: " + (sameVerdict ? "" : scenario.verdict() + ", ") + scenario.qualifier());
    }
    return "depends on which end rekeys first; " + String.join("; ", parts);
  }
}
