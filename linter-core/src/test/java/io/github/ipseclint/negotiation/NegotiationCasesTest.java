// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.negotiation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The 37 cases of {@code spec/negotiation-cases/} against the simulator (issue #6 acceptance):
 * for every expect and observed entry, our reading of its free-text pairing
 * ({@code negotiation/case-readings.yaml}) names the fragments, edits, initiator, releases and
 * notifications; each release pairing is one test whose verdict code and notify must match the
 * case. Log lines are matched and counted as a figure in the summary printed at the end. Skipped
 * when {@code ../shared/spec/negotiation-cases} is absent; {@code -Dipseclint.cases=C09,C10} runs
 * only the cases named.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NegotiationCasesTest {
  private final CaseSummary summary = new CaseSummary();

  @TempDir
  Path workspace;

  @TestFactory
  Stream<DynamicNode> everyCaseEntryMatchesTheSimulator() throws IOException {
    Path directory = NegotiationCase.directory();
    assumeTrue(Files.isDirectory(directory), "no negotiation cases at " + directory.toAbsolutePath());
    CaseReadings readings = CaseReadings.load();
    List<DynamicNode> nodes = new ArrayList<>();
    Set<String> only = Arrays.stream(System.getProperty("ipseclint.cases", "").split(","))
        .map(String::strip).filter(id -> !id.isEmpty()).collect(Collectors.toSet());
    for (NegotiationCase negotiationCase : NegotiationCase.loadAll(directory)) {
      if (!only.isEmpty() && !only.contains(negotiationCase.id())) {
        continue;
      }
      nodes.add(dynamicContainer(negotiationCase.id() + " " + negotiationCase.title(),
          tests(negotiationCase, readings)));
    }
    return nodes.stream();
  }

  private Stream<DynamicNode> tests(NegotiationCase negotiationCase, CaseReadings readings) {
    List<DynamicNode> tests = new ArrayList<>();
    tests.add(dynamicTest(negotiationCase.id() + " every entry is read under its own pairing",
        () -> assertThat(CaseCoverage.problems(negotiationCase, readings.of(negotiationCase.id()))).isEmpty()));
    List<CaseReading> evaluated = new ArrayList<>();
    int pairings = 0;
    for (CaseReading reading : readings.of(negotiationCase.id())) {
      Optional<CaseEntry> entry = negotiationCase.entry(reading.entry());
      if (entry.isEmpty() || !CaseCoverage.samePairing(entry.get(), reading)) {
        continue; // reported by the coverage test above
      }
      evaluated.add(reading);
      List<CaseRun> runs = CaseRun.of(negotiationCase, entry.get(), reading, readings);
      pairings += runs.size();
      for (CaseRun run : runs) {
        tests.add(dynamicTest(run.name(), () -> {
          assumeTrue(reading.skip().isEmpty(), () -> "not evaluated: " + reading.skip().orElse(""));
          execute(run);
        }));
      }
    }
    summary.plan(evaluated, pairings);
    return tests.stream();
  }

  private void execute(CaseRun run) throws IOException {
    boolean passed = false;
    LogMatcher.Result logs = LogMatcher.Result.none();
    try {
      CaseRun.Result result = run.execute(Files.createTempDirectory(workspace, run.reading().caseId() + "-"));
      logs = result.logs();
      assertThat(result.mismatches())
          .as("%s%n%s%s  log lines matched %d/%d%s%n%s", run.name(),
              run.reading().note().map(note -> "  reading: " + note + "\n").orElse(""),
              run.reading().correction().map(fix -> "  verdict corrected to " + fix.verdict() + ": "
                  + fix.reason() + "\n").orElse(""),
              logs.matched(), logs.expected(),
              logs.missing().isEmpty() ? "" : ", missing: " + logs.missing(), result.transcript())
          .isEmpty();
      passed = true;
    } finally {
      summary.record(run.reading().caseId(), passed, logs);
    }
  }

  @AfterAll
  void printSummary() {
    if (summary.hasPlan()) {
      System.out.print(summary.render());
    }
  }
}
