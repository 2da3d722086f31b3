// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.rules.peer;

import io.github.ipseclint.model.source.Span;
import io.github.ipseclint.negotiation.Peer;
import io.github.ipseclint.negotiation.outcome.DirectionOutcome;
import io.github.ipseclint.negotiation.outcome.SimulationReport;
import java.util.Optional;

/**
 * The message of a {@code peer-*} finding: what the ends disagree on, both files, what each
 * daemon logs in the direction where it shows, and that direction's verdict.
 */
final class PeerMessage {

  /** The first relevant line of the initiator's and the responder's log. */
  record Logs(Optional<String> initiator, Optional<String> responder) {}

  private PeerMessage() {}

  static String of(SimulationReport report, DirectionOutcome direction, String explanation, Span primary,
      Span related, Peer primaryPeer, Peer relatedPeer, Logs logs, boolean bothDirections) {
    Peer initiator = report.peer(direction.initiator());
    Peer responder = report.peer(direction.responder());
    String verdict = direction.verdict().name()
        + (direction.qualifier().isEmpty() ? "" : " (" + direction.qualifier() + ")");
    String when = direction.configuredToInitiate() ? "when %s initiates" : "if %s initiated (neither end starts it)";
    return String.format("%s (%s in %s, %s in %s); %s, %s logs %s and %s logs %s: %s%s",
        sentence(explanation), primaryPeer.label(), primary.file().displayPath(), relatedPeer.label(),
        related.file().displayPath(), String.format(when, initiator.daemon().name()), initiator.daemon().name(),
        quoted(logs.initiator()),
        responder.daemon().name(), quoted(logs.responder()), verdict,
        bothDirections ? "; the same when " + responder.daemon().name() + " initiates" : "");
  }

  /** The explanation as a clause: without the trailing period a sentence may carry. */
  static String sentence(String explanation) {
    String text = explanation.strip();
    return text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
  }

  private static String quoted(Optional<String> line) {
    return line.map(text -> "\"" + text + "\"").orElse("nothing");
  }
}
