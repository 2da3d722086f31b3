// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.negotiation;

import io.github.ipseclint.model.target.Target;
import io.github.ipseclint.negotiation.outcome.ChildRekey;
import io.github.ipseclint.negotiation.outcome.DirectionOutcome;
import io.github.ipseclint.negotiation.outcome.LogLine;
import io.github.ipseclint.negotiation.outcome.Notify;
import io.github.ipseclint.negotiation.outcome.SimulationReport;
import io.github.ipseclint.negotiation.outcome.Verdict;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * One reading evaluated for one pair of releases: writes both hosts, loads them, simulates, and
 * compares the initiator's direction with the case: verdict, notify, and (where the reading gives
 * them) the rekey notify and the phase. Log lines are matched and counted, not asserted.
 */
record CaseRun(NegotiationCase negotiationCase, CaseEntry entry, CaseReading reading, CaseReadings readings,
    Map<Side, Target> targets) {

  CaseRun {
    targets = Map.copyOf(targets);
  }

  /** What a run found: every disagreement with the case, the log figure and a transcript. */
  record Result(List<String> mismatches, LogMatcher.Result logs, String transcript) {

    Result {
      mismatches = List.copyOf(mismatches);
    }

    boolean passed() {
      return mismatches.isEmpty();
    }
  }

  /** Every release pairing of a reading: the cross product of the two sides' versions. */
  static List<CaseRun> of(NegotiationCase negotiationCase, CaseEntry entry, CaseReading reading,
      CaseReadings readings) {
    List<CaseRun> runs = new ArrayList<>();
    for (Target left : readings.targets(reading.side(Side.LEFT).versions())) {
      for (Target right : readings.targets(reading.side(Side.RIGHT).versions())) {
        Map<Side, Target> targets = new EnumMap<>(Side.class);
        targets.put(Side.LEFT, left);
        targets.put(Side.RIGHT, right);
        runs.add(new CaseRun(negotiationCase, entry, reading, readings, targets));
      }
    }
    return runs;
  }

  /** {@code C01 expect#2 SW602 -> LS4 (strongswan-6.0.6 -> libreswan-4.15)}, initiator first. */
  String name() {
    Side initiator = reading.initiator();
    return reading.label() + " " + entry.pairing() + " (" + targets.get(initiator) + " -> "
        + targets.get(initiator.other()) + ")";
  }

  /**
   * The verdicts the case allows: the reading's correction where it makes one, else the case's
   * code, else (where the case wrote prose) the codes the reading says the prose allows.
   */
  Set<Verdict> expectedVerdicts() {
    if (reading.correction().isPresent()) {
      return Set.of(reading.correction().get().verdict());
    }
    return entry.verdictCode().map(Set::of).orElseGet(() -> Set.copyOf(reading.verdictAnyOf()));
  }

  Result execute(Path workspace) throws IOException {
    Map<Side, Peer> peers = new EnumMap<>(Side.class);
    for (Side side : Side.values()) {
      peers.put(side, peer(side, workspace.resolve(side.label())));
    }
    SimulationReport report = new Simulator().simulate(peers.get(Side.LEFT), peers.get(Side.RIGHT));
    List<String> mismatches = new ArrayList<>();
    Optional<DirectionOutcome> direction = report.direction(reading.initiator());
    if (direction.isEmpty()) {
      mismatches.add("the simulator computed no direction with the " + reading.initiator().label()
          + " end initiating; it computed " + report.directions().stream()
              .map(d -> d.initiator().label()).toList());
      return new Result(mismatches, LogMatcher.Result.none(), transcript(report));
    }
    DirectionOutcome outcome = direction.get();
    Set<Verdict> verdicts = expectedVerdicts();
    if (!verdicts.contains(outcome.verdict())) {
      mismatches.add("verdict " + outcome.verdict() + ", expected " + describe(verdicts));
    }
    if (verdicts.equals(Set.of(Verdict.LOAD_ERROR))) {
      report.directions().stream().filter(other -> other.verdict() != Verdict.LOAD_ERROR).forEach(other ->
          mismatches.add("verdict " + other.verdict() + " with the " + other.initiator().label()
              + " end initiating; a load error holds in every direction"));
    }
    compare("notify", outcome.notification(), reading.notification(), mismatches);
    if (reading.rekey().isPresent()) {
      if (outcome.firstRekey().result() != ChildRekey.Result.FAILED) {
        mismatches.add("first rekey " + outcome.firstRekey().result() + ", expected FAILED");
      }
      compare("rekey notify", outcome.firstRekey().notification(), reading.rekey().get().notification(),
          mismatches);
    }
    if (reading.phase().isPresent() && !outcome.phase().equals(reading.phase())) {
      mismatches.add("phase " + outcome.phase().map(Enum::name).orElse("none") + ", expected "
          + reading.phase().get());
    }
    return new Result(mismatches, logs(outcome), transcript(report));
  }

  private Peer peer(Side side, Path directory) throws IOException {
    CaseHost.Read read = host(side, directory);
    return new Peer(read.loaded().daemon(), read.connection().orElseThrow(() -> new AssertionError(
        "the " + side.label() + " fragment '" + reading.side(side).fragment() + "' loads no connection "
            + reading.side(side).connection().map(name -> "named " + name).orElse("") + "; findings: "
            + read.loaded().findings().stream().map(f -> f.toLine()).toList())));
  }

  /** One side's fragment, with the reading's edits, written to a directory and read back. */
  CaseHost.Read host(Side side, Path directory) throws IOException {
    CaseReading.SideReading sideReading = reading.side(side);
    String text = readings.fragment(negotiationCase, side, sideReading.fragment()).orElseThrow(() ->
        new IllegalArgumentException(reading.label() + ": no fragment '" + sideReading.fragment() + "' on the "
            + side.label() + " side"));
    for (CaseReading.FragmentEdit edit : sideReading.edits()) {
      text = edit.applyTo(text);
    }
    CaseHost host = CaseHost.write(directory, sideReading.fragment(), text, sideReading.strongswanConf());
    Target target = targets.get(side);
    if (!target.is(host.implementation())) {
      throw new IllegalArgumentException(reading.label() + ": release " + target + " for the fragment '"
          + sideReading.fragment() + "'");
    }
    DaemonLoader.Loaded loaded = host.load(target);
    return new CaseHost.Read(text, loaded, loaded.connection(sideReading.connection()));
  }

  private static void compare(String what, Optional<Notify> actual, Optional<Notify> expected,
      List<String> mismatches) {
    if (!actual.equals(expected)) {
      mismatches.add(what + " " + actual.map(Enum::name).orElse("none") + ", expected "
          + expected.map(Enum::name).orElse("none"));
    }
  }

  private static String describe(Set<Verdict> verdicts) {
    return verdicts.size() == 1 ? verdicts.iterator().next().name() : "one of " + verdicts;
  }

  /** The case's lines by role against the direction's: loader lines against both ends' load lines. */
  private LogMatcher.Result logs(DirectionOutcome outcome) {
    List<LogLine> loadLines = Stream.concat(outcome.initiatorLog().stream(), outcome.responderLog().stream())
        .filter(line -> line.event() == LogLine.Event.LOAD).toList();
    return LogMatcher.match(entry.logLines("initiator"), outcome.initiatorLog())
        .plus(LogMatcher.match(entry.logLines("responder"), outcome.responderLog()))
        .plus(LogMatcher.match(entry.logLines("loader"), loadLines));
  }

  private static String transcript(SimulationReport report) {
    StringBuilder text = new StringBuilder();
    report.loadErrors().forEach(error -> text.append("  load error (").append(error.side().label()).append("): ")
        .append(error.daemonMessage()).append('\n'));
    for (DirectionOutcome direction : report.directions()) {
      text.append("  ").append(direction.initiator().label()).append(" initiates")
          .append(direction.configuredToInitiate() ? "" : " (not configured to)").append(": ")
          .append(direction.verdict())
          .append(direction.notification().map(n -> " " + n).orElse(""))
          .append(direction.phase().map(p -> " in " + p).orElse(""))
          .append(direction.exchange().map(e -> " (" + e + ")").orElse(""))
          .append(", INVALID_KE rounds ").append(direction.invalidKeRounds())
          .append(direction.ikeSuite().map(s -> ", IKE " + s).orElse(""))
          .append(direction.childSuite().map(s -> ", CHILD " + s).orElse(""))
          .append(", first rekey ").append(direction.firstRekey().result())
          .append(direction.firstRekey().notification().map(n -> " " + n).orElse(""))
          .append(direction.qualifier().isEmpty() ? "" : " [" + direction.qualifier() + "]").append('\n');
      direction.disagreements().forEach(d -> text.append("    disagreement ").append(d.failureClass())
          .append(": ").append(d.explanation()).append('\n'));
      direction.initiatorLog().forEach(line -> text.append("    initiator| ").append(line).append('\n'));
      direction.responderLog().forEach(line -> text.append("    responder| ").append(line).append('\n'));
    }
    return text.toString();
  }
}
