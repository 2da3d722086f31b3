// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.report.negotiation;

import io.github.ipseclint.model.finding.Finding;
import io.github.ipseclint.model.source.Span;
import io.github.ipseclint.negotiation.Side;
import io.github.ipseclint.negotiation.outcome.ChildRekey;
import io.github.ipseclint.negotiation.outcome.Disagreement;
import io.github.ipseclint.negotiation.outcome.DirectionOutcome;
import io.github.ipseclint.negotiation.outcome.LoadError;
import io.github.ipseclint.negotiation.outcome.LogLine;
import io.github.ipseclint.negotiation.outcome.Notify;
import io.github.ipseclint.negotiation.outcome.TimelineEvent;
import io.github.ipseclint.negotiation.outcome.Verdict;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The {@code simulate} transcript: for each direction, what each daemon proposes (its defaults
 * written out), what is chosen, where and with which notification it fails, the lifecycle after
 * setup, the verdict, and the lines each daemon is predicted to log. README "simulate" shows it.
 */
public final class SimulationText {
  private static final String COLUMN = "%-17s %s%n";

  private final SimulationInput input;
  private final StringBuilder out = new StringBuilder();

  private SimulationText(SimulationInput input) {
    this.input = input;
  }

  public static String render(SimulationInput input) {
    return new SimulationText(input).document();
  }

  private String document() {
    line("left:  %s = %s", input.left().reference(), input.left().description());
    line("right: %s = %s", input.right().reference(), input.right().description());
    findings();
    loadErrors();
    if (!input.report().hasInitiator()) {
      line("");
      line("Neither end starts the tunnel (no start or trap action on either side); both directions are shown");
      line("as they would run if an administrator started one end by hand.");
    }
    for (DirectionOutcome direction : input.report().directions()) {
      new DirectionText(direction).write();
    }
    return out.toString();
  }

  private void findings() {
    if (input.shown().isEmpty()) {
      return;
    }
    line("");
    line("Findings in the files (a daemon refuses what an error affects):");
    for (Finding finding : input.shown()) {
      line("  %s", finding.toLine());
    }
    if (input.guessedDialect()) {
      line("  (--left-target or --right-target with libreswan or strongswan says which daemon reads an end)");
    }
  }

  private void loadErrors() {
    if (input.report().loadErrors().isEmpty()) {
      return;
    }
    line("");
    line("Connections a daemon does not load:");
    for (LoadError error : input.report().loadErrors()) {
      line("  %s %s: %s", error.side().label(), place(error.setting()), error.daemonMessage());
    }
  }

  /** The part of the transcript for one initiating end. */
  private final class DirectionText {
    private final DirectionOutcome direction;
    private final Side initiator;
    private final EndView from;
    private final EndView to;

    DirectionText(DirectionOutcome direction) {
      this.direction = direction;
      this.initiator = direction.initiator();
      this.from = input.end(initiator);
      this.to = input.end(initiator.other());
    }

    void write() {
      line("");
      line("== %s initiates: %s -> %s ==", initiator.label(), from.label(), to.label());
      if (!direction.configuredToInitiate()) {
        line("(%s is not configured to initiate; shown because neither end starts the tunnel)", initiator.label());
      }
      ike();
      auth();
      child();
      result();
      logs(from, "initiator", direction.initiatorLog());
      logs(to, "responder", direction.responderLog());
    }

    private void ike() {
      line("IKE_SA_INIT");
      column("  IKE version", initiator.label() + " " + from.ikeVersion() + ", "
          + initiator.other().label() + " " + to.ikeVersion());
      proposals(initiator.label() + " offers (initiator)", from.ike());
      proposals(initiator.other().label() + " accepts (responder)", to.ike());
      column("  chosen", direction.ikeSuite().map(suite -> suite + rounds(direction)).orElse("none"));
    }

    private void auth() {
      line("IKE_AUTH");
      for (EndView end : List.of(from, to)) {
        Side side = end == from ? initiator : initiator.other();
        column("  " + side.label(), "sends ID " + end.localId() + " (" + end.localAuth() + "), expects "
            + end.remoteId() + " (" + end.remoteAuth() + ")");
      }
    }

    private void child() {
      line("CHILD SA");
      for (EndView end : List.of(from, to)) {
        Side side = end == from ? initiator : initiator.other();
        if (end.children().isEmpty()) {
          column("  " + side.label(), "no CHILD config");
        }
        for (ChildView child : end.children()) {
          column("  " + side.label() + " " + child.name(), "TS " + child.localTs() + " === " + child.remoteTs()
              + ", mode " + child.mode() + ", start " + child.startAction()
              + child.pfs().map(pfs -> ", pfs " + pfs).orElse(""));
          for (ProposalList list : child.proposals()) {
            proposals(side.label() + (end == from ? " offers" : " accepts"), list);
          }
        }
      }
      column("  chosen", direction.childSuite().orElse("none"));
    }

    private void result() {
      line("Result");
      column("  setup", setup());
      if (!direction.disagreements().isEmpty()) {
        line("  because");
        for (Disagreement disagreement : direction.disagreements()) {
          line("    [%s] %s", disagreement.failureClass(), disagreement.explanation());
          line("      %s", places(disagreement));
        }
      }
      column("  first rekey", rekey(direction.firstRekey()));
      if (!direction.timeline().isEmpty()) {
        line("  timeline");
        for (TimelineEvent event : direction.timeline()) {
          line("    %-12s %-5s %-8s %s: %s", span(event.earliest(), event.latest()), event.by().label(),
              event.event().label(), event.description(), outcome(event.succeeds(), event.notification()));
        }
      }
      column("  verdict", direction.verdict()
          + (direction.qualifier().isEmpty() ? "" : " (" + direction.qualifier() + ")"));
    }

    private String setup() {
      if (direction.phase().isEmpty()) {
        return direction.verdict() == Verdict.LOAD_ERROR ? "not attempted: a connection does not load"
            : "IKE SA and CHILD SA established";
      }
      String phase = direction.phase().get().name();
      String exchange = direction.exchange().filter(name -> !name.equals(phase)).map(name -> " (" + name + ")")
          .orElse("");
      return "fails in " + phase + exchange + direction.notification().map(notify -> " with " + notify)
          .orElse(" without a notification");
    }

    private String places(Disagreement disagreement) {
      return initiator.label() + " " + disagreement.initiatorSetting().map(SimulationText::place).orElse("-")
          + ", " + initiator.other().label() + " "
          + disagreement.responderSetting().map(SimulationText::place).orElse("-");
    }
  }

  private void proposals(String title, ProposalList list) {
    line("  %s%s", title, list.omitted() ? " (option not set: the daemon's default list)" : "");
    for (Offer offer : list.offers()) {
      line("    %d. %s", offer.position(), offer.annotatedText());
    }
  }

  private void logs(EndView end, String role, List<LogLine> lines) {
    line("Log of %s (%s, %s)%s", end.label(), role, end.target(), lines.isEmpty() ? ": nothing predicted" : "");
    for (LogLine logLine : lines) {
      line("  %s", logLine);
    }
  }

  /** {@code " after 1 INVALID_KE_PAYLOAD round"}, or nothing when the first guess was right. */
  static String rounds(DirectionOutcome direction) {
    int rounds = direction.invalidKeRounds();
    return rounds == 0 ? "" : " after " + rounds + " INVALID_KE_PAYLOAD round" + (rounds == 1 ? "" : "s");
  }

  static String rekey(ChildRekey rekey) {
    return switch (rekey.result()) {
      case OK -> "OK";
      case FAILED -> "FAILED" + rekey.notification().map(notify -> " (" + notify + ")").orElse("");
      case NOT_APPLICABLE -> "not applicable";
    };
  }

  private static String outcome(boolean succeeds, Optional<Notify> notification) {
    return succeeds ? "ok" : "fails" + notification.map(notify -> " (" + notify + ")").orElse("");
  }

  /** {@code path:line:column}, where a setting was written. */
  static String place(Span span) {
    return span.file().displayPath() + ":" + span.line() + ":" + span.column();
  }

  /** {@code 54m-1h}: a randomised window after setup, or one time when both ends agree. */
  private static String span(Duration earliest, Duration latest) {
    return earliest.equals(latest) ? compact(earliest) : compact(earliest) + "-" + compact(latest);
  }

  private static String compact(Duration duration) {
    long seconds = duration.toSeconds();
    StringBuilder text = new StringBuilder();
    if (seconds >= 3600) {
      text.append(seconds / 3600).append('h');
    }
    if (seconds % 3600 >= 60) {
      text.append(seconds % 3600 / 60).append('m');
    }
    if (seconds % 60 != 0 || seconds == 0) {
      text.append(seconds % 60).append('s');
    }
    return text.toString();
  }

  private void column(String label, String value) {
    out.append(String.format(COLUMN, label, value));
  }

  private void line(String format, Object... arguments) {
    out.append(String.format(format, arguments)).append('\n');
  }
}
