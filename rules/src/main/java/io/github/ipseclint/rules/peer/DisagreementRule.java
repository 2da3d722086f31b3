// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.rules.peer;

import io.github.ipseclint.engine.PeerAnalysis;
import io.github.ipseclint.engine.PeerRule;
import io.github.ipseclint.engine.Reporter;
import io.github.ipseclint.model.finding.RelatedLocation;
import io.github.ipseclint.model.finding.Severity;
import io.github.ipseclint.model.ipsec.Connection;
import io.github.ipseclint.model.ipsec.HostAddress;
import io.github.ipseclint.model.source.Span;
import io.github.ipseclint.negotiation.Peer;
import io.github.ipseclint.negotiation.Side;
import io.github.ipseclint.negotiation.outcome.DirectionOutcome;
import io.github.ipseclint.negotiation.outcome.Disagreement;
import io.github.ipseclint.negotiation.outcome.FailureClass;
import io.github.ipseclint.negotiation.outcome.LogLine;
import io.github.ipseclint.negotiation.outcome.Notify;
import io.github.ipseclint.negotiation.outcome.SimulationReport;
import io.github.ipseclint.negotiation.outcome.Verdict;
import io.github.ipseclint.pairing.SimulatedTunnel;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A {@code peer-*} rule for one {@link FailureClass}: reports each disagreement of that class the
 * simulation met on a tunnel, once per tunnel even when both directions meet it. The finding sits
 * on the setting of the end where the fix goes ({@link #fixEnd()}), except that an end shared by
 * several tunnels (a road-warrior server) is left alone in favour of the single other end, and a
 * run that knows the changed files moves it to the end that changed. The message names both
 * files, the first relevant line each daemon logs and the direction's verdict. A decisive
 * disagreement of a failing direction is reported at the rule's severity (a warning when the
 * tunnel recovers after expiry), any other at note level.
 *
 * <p>When neither end starts the tunnel, the simulator tries both directions; a failure there is
 * conditional on someone starting it from that end, so it is a warning ({@code peer-no-initiator}
 * reports the missing start). A direction whose initiator cannot initiate at all (a road-warrior
 * server that knows no peer address) cannot happen and is not reported.
 */
abstract class DisagreementRule implements PeerRule {

  /** The class of disagreement this rule reports. */
  abstract FailureClass failureClass();

  abstract FixEnd fixEnd();

  /** The events whose log lines show this class of failure. */
  Set<LogLine.Event> events() {
    return Set.of(LogLine.Event.LOAD, LogLine.Event.SETUP);
  }

  /** The notification to look for in the logs when the direction's failure carries none of this class. */
  Optional<Notify> notification(DirectionOutcome direction) {
    return direction.notification();
  }

  /** A disagreement is the same in both directions when it points at the same settings on both ends. */
  private record Key(Optional<Span> left, Optional<Span> right) {}

  /** The first direction a disagreement was met in, and whether the other one met it too. */
  private static final class Occurrence {
    final DirectionOutcome direction;
    final Disagreement disagreement;
    final boolean decisive;
    boolean bothDirections;

    Occurrence(DirectionOutcome direction, Disagreement disagreement, boolean decisive) {
      this.direction = direction;
      this.disagreement = disagreement;
      this.decisive = decisive;
    }
  }

  @Override
  public final void check(PeerAnalysis analysis, Reporter reporter) {
    Map<Connection, Integer> uses = new IdentityHashMap<>();
    for (SimulatedTunnel tunnel : analysis.tunnels()) {
      uses.merge(tunnel.tunnel().left().connection(), 1, Integer::sum);
      uses.merge(tunnel.tunnel().right().connection(), 1, Integer::sum);
    }
    for (SimulatedTunnel tunnel : analysis.tunnels()) {
      for (Occurrence occurrence : occurrences(tunnel.report())) {
        report(analysis, reporter, tunnel.report(), occurrence, uses);
      }
    }
  }

  private List<Occurrence> occurrences(SimulationReport report) {
    Map<Key, Occurrence> seen = new LinkedHashMap<>();
    for (DirectionOutcome direction : report.directions()) {
      if (!direction.configuredToInitiate() && !canInitiate(report.peer(direction.initiator()))) {
        continue;
      }
      List<Disagreement> disagreements = direction.disagreements();
      for (int i = 0; i < disagreements.size(); i++) {
        Disagreement disagreement = disagreements.get(i);
        if (disagreement.failureClass() != failureClass()) {
          continue;
        }
        boolean leftInitiates = direction.initiator() == Side.LEFT;
        Key key = new Key(leftInitiates ? disagreement.initiatorSetting() : disagreement.responderSetting(),
            leftInitiates ? disagreement.responderSetting() : disagreement.initiatorSetting());
        Occurrence earlier = seen.get(key);
        if (earlier == null) {
          seen.put(key, new Occurrence(direction, disagreement, i == 0 && direction.verdict().isFailure()));
        } else if (earlier.direction.initiator() != direction.initiator()) {
          earlier.bothDirections = true;
        }
      }
    }
    return new ArrayList<>(seen.values());
  }

  private void report(PeerAnalysis analysis, Reporter reporter, SimulationReport report, Occurrence occurrence,
      Map<Connection, Integer> uses) {
    DirectionOutcome direction = occurrence.direction;
    Side fixSide = fixSide(direction.initiator(), report, uses);
    Span preferred = setting(occurrence, fixSide).orElseGet(() -> report.peer(fixSide).connection().span());
    Optional<Span> other = setting(occurrence, fixSide.other());
    PeerAnalysis.Placement place = analysis.place(preferred, other.or(() -> Optional.of(
        report.peer(fixSide.other()).connection().span())));
    Span related = place.related().orElseThrow();
    Peer primaryPeer = place.primary().equals(preferred) ? report.peer(fixSide) : report.peer(fixSide.other());
    Peer relatedPeer = primaryPeer == report.peer(fixSide) ? report.peer(fixSide.other()) : report.peer(fixSide);
    String message = PeerMessage.of(report, direction, occurrence.disagreement.explanation(),
        place.primary(), related, primaryPeer, relatedPeer, logs(direction), occurrence.bothDirections);
    List<RelatedLocation> relatedLocations = List.of(new RelatedLocation(related,
        "the other end: " + relatedPeer.label()));
    if (!occurrence.decisive) {
      reporter.report(Severity.NOTE, place.primary(), message, relatedLocations);
    } else if (direction.verdict() == Verdict.RECOVERS_AFTER_EXPIRY || !direction.configuredToInitiate()) {
      reporter.report(Severity.WARNING, place.primary(), message, relatedLocations);
    } else {
      reporter.report(place.primary(), message, relatedLocations);
    }
  }

  /**
   * An end can start a tunnel only when it knows an address to send its first packet to: one
   * remote address or host name, not {@code %any} or a subnet or range of possible peers.
   */
  static boolean canInitiate(Peer peer) {
    return peer.connection().remote().addresses().value().stream().anyMatch(address ->
        address instanceof HostAddress.HostName
            || address instanceof HostAddress.Block block && block.range().from().equals(block.range().to()));
  }

  /** The end the fix goes to: the rule's end, unless exactly one end is shared by several tunnels. */
  private Side fixSide(Side initiator, SimulationReport report, Map<Connection, Integer> uses) {
    boolean leftShared = uses.getOrDefault(report.left().connection(), 0) > 1;
    boolean rightShared = uses.getOrDefault(report.right().connection(), 0) > 1;
    if (leftShared != rightShared) {
      return leftShared ? Side.RIGHT : Side.LEFT;
    }
    return fixEnd() == FixEnd.INITIATOR ? initiator : initiator.other();
  }

  private static Optional<Span> setting(Occurrence occurrence, Side side) {
    return occurrence.direction.initiator() == side
        ? occurrence.disagreement.initiatorSetting() : occurrence.disagreement.responderSetting();
  }

  private PeerMessage.Logs logs(DirectionOutcome direction) {
    Optional<Notify> notify = notification(direction);
    return new PeerMessage.Logs(
        LogExcerpt.first(direction.initiatorLog(), events(), notify),
        LogExcerpt.first(direction.responderLog(), events(), notify));
  }
}
