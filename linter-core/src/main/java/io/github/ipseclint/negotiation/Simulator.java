// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.negotiation;

import io.github.ipseclint.negotiation.check.LoadCheck;
import io.github.ipseclint.negotiation.check.SetupProcedure;
import io.github.ipseclint.negotiation.exchange.Check;
import io.github.ipseclint.negotiation.exchange.CheckStatus;
import io.github.ipseclint.negotiation.exchange.Exchange;
import io.github.ipseclint.negotiation.exchange.Failure;
import io.github.ipseclint.negotiation.lifecycle.ChildLifecycle;
import io.github.ipseclint.negotiation.lifecycle.LifecycleResult;
import io.github.ipseclint.negotiation.outcome.ChildRekey;
import io.github.ipseclint.negotiation.outcome.Disagreement;
import io.github.ipseclint.negotiation.outcome.DirectionOutcome;
import io.github.ipseclint.negotiation.outcome.FailureClass;
import io.github.ipseclint.negotiation.outcome.LoadError;
import io.github.ipseclint.negotiation.outcome.LogLine;
import io.github.ipseclint.negotiation.outcome.SimulationReport;
import io.github.ipseclint.negotiation.outcome.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Predicts what two daemons do with each other's configuration (negotiation.md §14.1): each end
 * must load its connection (C0); then, for each end that initiates, the setup is walked check by
 * check (C1-C12) and an established CHILD SA is followed through its lifecycle (C13, C14).
 * Stateless and thread-safe.
 */
public final class Simulator {
  private final LoadCheck loadCheck = new LoadCheck();
  private final ChildLifecycle lifecycle = new ChildLifecycle();

  public SimulationReport simulate(Peer left, Peer right) {
    List<LoadError> loadErrors = new ArrayList<>();
    loadErrors.addAll(loadCheck.validate(left, Side.LEFT));
    loadErrors.addAll(loadCheck.validate(right, Side.RIGHT));

    List<Side> starters = new ArrayList<>();
    if (startsTunnel(left)) {
      starters.add(Side.LEFT);
    }
    if (startsTunnel(right)) {
      starters.add(Side.RIGHT);
    }
    boolean configured = !starters.isEmpty();
    List<Side> directions = configured ? starters : List.of(Side.LEFT, Side.RIGHT);

    List<DirectionOutcome> outcomes = new ArrayList<>();
    for (Side initiator : directions) {
      Peer from = initiator == Side.LEFT ? left : right;
      Peer to = initiator == Side.LEFT ? right : left;
      outcomes.add(loadErrors.isEmpty()
          ? negotiate(new Exchange(from, to, initiator), configured)
          : notLoaded(initiator, configured, loadErrors, left, right));
    }
    return new SimulationReport(left, right, loadErrors, outcomes);
  }

  /** An end starts the tunnel at once or on traffic (trap policies count: traffic starts them). */
  static boolean startsTunnel(Peer peer) {
    return switch (peer.connection().initiation()) {
      case START, TRAP, TRAP_AND_START -> true;
      case NONE, IGNORE -> false;
    };
  }

  private DirectionOutcome negotiate(Exchange exchange, boolean configured) {
    CheckStatus status = run(SetupProcedure.firstPacket(), exchange);
    if (status == CheckStatus.CONTINUE) {
      status = run(SetupProcedure.after(exchange.ikeVersion()), exchange);
    }
    if (status != CheckStatus.CONTINUE) {
      Failure failure = exchange.failure().orElseThrow(() ->
          new IllegalStateException("a check stopped the setup without recording why"));
      Verdict verdict = status == CheckStatus.STOP_IKE ? Verdict.NO_IKE_SA : Verdict.IKE_ONLY;
      return outcome(exchange, configured, verdict, Optional.of(failure), ChildRekey.notApplicable(),
          new LifecycleResult(verdict, ChildRekey.notApplicable(), List.of(), ""));
    }
    LifecycleResult life = lifecycle.follow(exchange);
    return outcome(exchange, configured, life.verdict(), exchange.failure(), life.firstRekey(), life);
  }

  private static CheckStatus run(List<Check> checks, Exchange exchange) {
    for (Check check : checks) {
      CheckStatus status = check.apply(exchange);
      if (status != CheckStatus.CONTINUE) {
        return status;
      }
    }
    return CheckStatus.CONTINUE;
  }

  private static DirectionOutcome outcome(Exchange exchange, boolean configured, Verdict verdict,
      Optional<Failure> failure, ChildRekey rekey, LifecycleResult life) {
    return new DirectionOutcome(exchange.initiatorSide(), configured, verdict,
        failure.flatMap(Failure::notification), failure.map(Failure::phase), failure.map(Failure::exchange),
        exchange.invalidKeRounds(),
        exchange.ikeSuite().map(SuiteText::of), exchange.childSuite().map(SuiteText::of),
        rekey, life.timeline(), exchange.disagreements(), exchange.initiatorLog(), exchange.responderLog(),
        life.qualifier());
  }

  private static DirectionOutcome notLoaded(Side initiator, boolean configured, List<LoadError> errors, Peer left,
      Peer right) {
    List<LogLine> initiatorLog = new ArrayList<>();
    List<LogLine> responderLog = new ArrayList<>();
    List<Disagreement> causes = new ArrayList<>();
    for (LoadError error : errors) {
      LogLine line = new LogLine(LogLine.Event.LOAD, error.daemonMessage());
      (error.side() == initiator ? initiatorLog : responderLog).add(line);
      Optional<io.github.ipseclint.model.source.Span> place = Optional.of(error.setting());
      causes.add(new Disagreement(FailureClass.LOAD_ERROR,
          error.side() == initiator ? place : Optional.empty(),
          error.side() == initiator ? Optional.empty() : place,
          (error.side() == Side.LEFT ? left : right).label() + " is not loaded: " + error.daemonMessage()));
    }
    return new DirectionOutcome(initiator, configured, Verdict.LOAD_ERROR, Optional.empty(), Optional.empty(),
        Optional.empty(), 0, Optional.empty(), Optional.empty(), ChildRekey.notApplicable(), List.of(), causes,
        initiatorLog, responderLog, "");
  }
}
