// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.rules.peer;

import io.github.ipseclint.engine.LintRule;
import io.github.ipseclint.engine.PeerAnalysis;
import io.github.ipseclint.engine.PeerRule;
import io.github.ipseclint.engine.Reporter;
import io.github.ipseclint.engine.Tag;
import io.github.ipseclint.model.finding.RelatedLocation;
import io.github.ipseclint.model.finding.Severity;
import io.github.ipseclint.model.ipsec.Connection;
import io.github.ipseclint.model.ipsec.FrontEnd;
import io.github.ipseclint.model.source.Span;
import io.github.ipseclint.negotiation.Peer;
import io.github.ipseclint.pairing.SimulatedTunnel;
import java.util.List;
import java.util.Optional;

/**
 * A tunnel that neither end starts: both wait for the other, so it never comes up (negotiation.md
 * §14.1). Reported at the start action of the end that can initiate: the one that knows its
 * peer's address (a road-warrior server with {@code %any} cannot), the first scanned when both can.
 */
@LintRule(id = "peer-no-initiator", name = "PeerNoInitiator", severity = Severity.WARNING, tags = {Tag.CORRECTNESS},
    description = "Neither end of a tunnel starts it, so it never comes up")
public final class PeerNoInitiator implements PeerRule {

  @Override
  public void check(PeerAnalysis analysis, Reporter reporter) {
    for (SimulatedTunnel simulated : analysis.tunnels()) {
      if (simulated.report().directions().isEmpty() || simulated.report().hasInitiator()) {
        continue;
      }
      Peer left = simulated.tunnel().left();
      Peer right = simulated.tunnel().right();
      boolean rightOnly = !DisagreementRule.canInitiate(left) && DisagreementRule.canInitiate(right);
      Peer starter = rightOnly ? right : left;
      Peer other = rightOnly ? left : right;
      Span starterAction = startAction(starter.connection());
      PeerAnalysis.Placement place = analysis.place(starterAction, Optional.of(startAction(other.connection())));
      Peer primary = place.primary().equals(starterAction) ? starter : other;
      Peer secondary = primary == starter ? other : starter;
      reporter.report(place.primary(), String.format("neither %s (%s) nor %s (%s) starts the tunnel, so each waits for"
              + " the other and nothing is negotiated; set %s on %s", primary.label(), primary.connection().span().file()
              .displayPath(), secondary.label(), place.related().orElseThrow().file().displayPath(),
              fix(primary.connection()), primary.label()),
          List.of(new RelatedLocation(place.related().orElseThrow(), "the other end: " + secondary.label())));
    }
  }

  /** The start action of the first CHILD (where it is set, or its section when defaulted). */
  private static Span startAction(Connection connection) {
    return connection.children().isEmpty() ? connection.span() : connection.children().get(0).startAction().span();
  }

  private static String fix(Connection connection) {
    if (connection.frontEnd() == FrontEnd.SWANCTL) {
      return "start_action = start (or trap)";
    }
    return connection.frontEnd() == FrontEnd.STROKE ? "auto=start (or route)" : "auto=start (or ondemand)";
  }
}
