// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.report.negotiation;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.github.ipseclint.model.finding.Finding;
import io.github.ipseclint.model.source.Span;
import io.github.ipseclint.negotiation.outcome.ChildRekey;
import io.github.ipseclint.negotiation.outcome.Disagreement;
import io.github.ipseclint.negotiation.outcome.DirectionOutcome;
import io.github.ipseclint.negotiation.outcome.LoadError;
import io.github.ipseclint.negotiation.outcome.LogLine;
import io.github.ipseclint.negotiation.outcome.Notify;
import io.github.ipseclint.negotiation.outcome.TimelineEvent;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

/**
 * The {@code simulate --format json} document, schema version {@value #SCHEMA_VERSION}; README
 * "Simulation JSON" documents it. Absent values are written as {@code null}, never left out, so
 * that consumers can rely on every field. ({@code notify} cannot name a record component in Java,
 * hence the renamed components.) A version bump means a field changed meaning or went
 * away; new fields do not bump it.
 */
public final class SimulationJson {
  public static final int SCHEMA_VERSION = 1;

  private SimulationJson() {}

  /** The whole document. */
  public record Document(int schemaVersion, End left, End right, List<Problem> findings, List<NotLoaded> loadErrors,
      boolean configuredToInitiate, List<Direction> directions) {}

  /** One end and what its daemon offers, defaults written out ({@code origin} says which). */
  public record End(String reference, String label, String target, String frontEnd, String ikeVersion,
      String localId, String remoteId, String localAuth, String remoteAuth, Proposals ikeProposals,
      List<ChildConfig> children) {}

  public record ChildConfig(String name, String localTs, String remoteTs, String mode, String startAction,
      String pfs, List<Proposals> proposals) {}

  /** @param optionOmitted true when the whole list is the daemon's default for an option not written */
  public record Proposals(String protocol, boolean optionOmitted, List<Proposal> offers) {}

  /** @param origin {@code configured}, {@code default} or {@code appended default} */
  public record Proposal(int position, String proposal, String origin) {}

  /** A place in a file: 1-based line, byte columns, the end column exclusive. */
  public record Location(String file, int line, int column, int endLine, int endColumn) {}

  public record Problem(String rule, String severity, Location location, String message) {}

  public record NotLoaded(String side, Location setting, String message) {}

  public record Direction(String initiator, String responder, boolean configuredToInitiate, String verdict,
      String qualifier, @JsonProperty("notify") String notification, String phase, String exchange,
      int invalidKeRounds, String ikeSuite, String childSuite, Rekey firstRekey, List<Cause> disagreements, List<Event> timeline, Logs logs) {}

  public record Rekey(String result, @JsonProperty("notify") String notification) {}

  public record Cause(String failureClass, String explanation, Location initiatorSetting,
      Location responderSetting) {}

  public record Event(long earliestSeconds, long latestSeconds, String event, String by, String description,
      boolean succeeds, @JsonProperty("notify") String notification) {}

  public record Logs(List<String> initiator, List<String> responder) {}

  public static String render(SimulationInput input) {
    Document document = new Document(SCHEMA_VERSION, end(input.left()), end(input.right()),
        input.shown().stream().map(SimulationJson::problem).toList(),
        input.report().loadErrors().stream().map(SimulationJson::notLoaded).toList(),
        input.report().hasInitiator(),
        input.report().directions().stream().map(SimulationJson::direction).toList());
    try {
      return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(document) + "\n";
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static End end(EndView end) {
    return new End(end.reference(), end.label(), end.target(), end.frontEnd(), end.ikeVersion(),
        end.localId(), end.remoteId(), end.localAuth(), end.remoteAuth(), proposals(end.ike()),
        end.children().stream().map(child -> new ChildConfig(child.name(), child.localTs(), child.remoteTs(),
            child.mode(), child.startAction(), child.pfs().orElse(null),
            child.proposals().stream().map(SimulationJson::proposals).toList())).toList());
  }

  static Proposals proposals(ProposalList list) {
    return new Proposals(list.protocol().name(), list.omitted(), list.offers().stream()
        .map(offer -> new Proposal(offer.position(), offer.text(), offer.defaultNote().orElse("configured")))
        .toList());
  }

  private static Direction direction(DirectionOutcome direction) {
    ChildRekey rekey = direction.firstRekey();
    return new Direction(direction.initiator().label(), direction.responder().label(),
        direction.configuredToInitiate(), direction.verdict().name(), direction.qualifier(),
        name(direction.notification()), direction.phase().map(Enum::name).orElse(null),
        direction.exchange().orElse(null), direction.invalidKeRounds(),
        direction.ikeSuite().orElse(null), direction.childSuite().orElse(null),
        new Rekey(rekey.result().name(), name(rekey.notification())),
        direction.disagreements().stream().map(SimulationJson::cause).toList(),
        direction.timeline().stream().map(SimulationJson::event).toList(),
        new Logs(lines(direction.initiatorLog()), lines(direction.responderLog())));
  }

  private static Cause cause(Disagreement disagreement) {
    return new Cause(disagreement.failureClass().name(), disagreement.explanation(),
        disagreement.initiatorSetting().map(SimulationJson::location).orElse(null),
        disagreement.responderSetting().map(SimulationJson::location).orElse(null));
  }

  private static Event event(TimelineEvent event) {
    return new Event(event.earliest().toSeconds(), event.latest().toSeconds(), event.event().label(),
        event.by().label(), event.description(), event.succeeds(), name(event.notification()));
  }

  private static Problem problem(Finding finding) {
    return new Problem(finding.rule().value(), finding.severity().label(), location(finding.span()),
        finding.message());
  }

  private static NotLoaded notLoaded(LoadError error) {
    return new NotLoaded(error.side().label(), location(error.setting()), error.daemonMessage());
  }

  static Location location(Span span) {
    return new Location(span.file().displayPath(), span.line(), span.column(), span.endLine(), span.endColumn());
  }

  /** Log lines as the case files write them: a later event's lines start with {@code (rekey)} and so on. */
  private static List<String> lines(List<LogLine> lines) {
    return lines.stream().map(LogLine::toString).toList();
  }

  private static String name(Optional<Notify> notify) {
    return notify.map(Enum::name).orElse(null);
  }
}
