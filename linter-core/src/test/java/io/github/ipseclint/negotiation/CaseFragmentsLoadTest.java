// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.negotiation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import io.github.ipseclint.model.finding.CoreRule;
import io.github.ipseclint.model.finding.Finding;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The case harness itself works, whatever the simulator answers: every host a reading builds
 * (fragment, edits, strongswan.conf, release) is written, loads through {@link DaemonLoader} and
 * holds the connection the reading pairs, without a finding that makes the daemon reject the file;
 * and every fragment of every case is used by some reading. Skipped when the cases are absent.
 */
class CaseFragmentsLoadTest {
  /** Findings with which the daemon rejects the whole file (as in CorpusConformanceTest). */
  private static final Set<String> REJECTING_RULES =
      Set.of(CoreRule.PARSE_ERROR.id().value(), CoreRule.UNKNOWN_KEYWORD.id().value());

  @TempDir
  Path workspace;

  @TestFactory
  Stream<DynamicTest> everyHostOfEveryReadingLoadsItsConnection() throws IOException {
    Path directory = NegotiationCase.directory();
    assumeTrue(Files.isDirectory(directory), "no negotiation cases at " + directory.toAbsolutePath());
    CaseReadings readings = CaseReadings.load();
    Map<String, DynamicTest> tests = new LinkedHashMap<>();
    for (NegotiationCase negotiationCase : NegotiationCase.loadAll(directory)) {
      for (CaseRun run : runs(negotiationCase, readings)) {
        for (Side side : Side.values()) {
          CaseReading.SideReading sideReading = run.reading().side(side);
          String name = negotiationCase.id() + " " + side.label() + " '" + sideReading.fragment() + "'"
              + (sideReading.edits().isEmpty() ? "" : " edited " + sideReading.edits())
              + (sideReading.strongswanConf().isPresent() ? " with strongswan.conf" : "")
              + " as " + run.targets().get(side);
          tests.putIfAbsent(name, dynamicTest(name, () -> loads(run, side)));
        }
      }
    }
    return tests.values().stream();
  }

  @Test
  void everyFragmentOfEveryCaseIsRead() throws IOException {
    Path directory = NegotiationCase.directory();
    assumeTrue(Files.isDirectory(directory), "no negotiation cases at " + directory.toAbsolutePath());
    CaseReadings readings = CaseReadings.load();
    List<String> unused = new ArrayList<>();
    for (NegotiationCase negotiationCase : NegotiationCase.loadAll(directory)) {
      for (Side side : Side.values()) {
        Set<String> used = new LinkedHashSet<>();
        readings.of(negotiationCase.id()).forEach(reading -> used.add(reading.side(side).fragment()));
        negotiationCase.fragments().get(side).keySet().stream().filter(key -> !used.contains(key))
            .forEach(key -> unused.add(negotiationCase.id() + " " + side.label() + " '" + key + "'"));
      }
    }
    assertThat(unused).as("fragments no reading uses").isEmpty();
  }

  private static List<CaseRun> runs(NegotiationCase negotiationCase, CaseReadings readings) {
    List<CaseRun> runs = new ArrayList<>();
    for (CaseReading reading : readings.of(negotiationCase.id())) {
      negotiationCase.entry(reading.entry()).ifPresent(entry ->
          runs.addAll(CaseRun.of(negotiationCase, entry, reading, readings)));
    }
    return runs;
  }

  private void loads(CaseRun run, Side side) throws IOException {
    CaseHost.Read read = run.host(side, Files.createTempDirectory(workspace, "host-").resolve(side.label()));
    List<String> rejecting = read.loaded().findings().stream()
        .filter(finding -> REJECTING_RULES.contains(finding.rule().value()))
        .map(Finding::toLine).toList();
    assertThat(rejecting).as("findings that make the daemon reject the file").isEmpty();
    assertThat(read.connection()).as("the connection the reading pairs; findings: %s",
        read.loaded().findings().stream().map(Finding::toLine).toList()).isPresent();
    assertThat(read.loaded().daemon().target()).as("the release the daemon was read for")
        .isEqualTo(run.targets().get(side));
    assertThat(read.loaded().daemon().knowsSecretsOf(read.connection().get()))
        .as("whether the daemon has a secrets store for the connection")
        .isEqualTo(CaseHost.holdsSecrets(run.reading().side(side).fragment(), read.text()));
  }
}
