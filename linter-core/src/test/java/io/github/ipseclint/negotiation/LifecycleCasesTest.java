// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.negotiation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import io.github.ipseclint.model.crypto.IkeVersion;
import io.github.ipseclint.negotiation.exchange.Exchange;
import io.github.ipseclint.negotiation.lifecycle.ChildLifecycle;
import io.github.ipseclint.negotiation.lifecycle.LifecycleResult;
import io.github.ipseclint.negotiation.lifecycle.EstablishedExchange;
import io.github.ipseclint.negotiation.outcome.ChildRekey;
import io.github.ipseclint.negotiation.outcome.Verdict;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The lifecycle half of the negotiation cases (negotiation.md §14.2 C13, C14): every case entry
 * whose verdict is decided after setup (STABLE, RECOVERS_AFTER_EXPIRY, PERIODIC_OUTAGE,
 * DOWN_UNTIL_NEW_IKE_AUTH) is run from an established setup, built the way the responder selects
 * the IKE and CHILD suites, so that the lifecycle is checked apart from the setup checks. The
 * verdict code and the first rekey's notify must match; log lines are counted for the summary.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LifecycleCasesTest {
  private static final Set<Verdict> AFTER_SETUP = EnumSet.of(Verdict.STABLE, Verdict.RECOVERS_AFTER_EXPIRY,
      Verdict.PERIODIC_OUTAGE, Verdict.DOWN_UNTIL_NEW_IKE_AUTH);
  private final Map<String, int[]> figures = new TreeMap<>();

  @TempDir
  Path workspace;

  @TestFactory
  Stream<DynamicTest> everyLifecycleVerdictOfTheCases() throws IOException {
    Path directory = NegotiationCase.directory();
    assumeTrue(Files.isDirectory(directory), "no negotiation cases at " + directory.toAbsolutePath());
    CaseReadings readings = CaseReadings.load();
    List<DynamicTest> tests = new ArrayList<>();
    for (NegotiationCase negotiationCase : NegotiationCase.loadAll(directory)) {
      for (CaseReading reading : readings.of(negotiationCase.id())) {
        Optional<CaseEntry> entry = negotiationCase.entry(reading.entry());
        if (entry.isEmpty() || reading.skip().isPresent() || !CaseCoverage.samePairing(entry.get(), reading)) {
          continue;
        }
        for (CaseRun run : CaseRun.of(negotiationCase, entry.get(), reading, readings)) {
          if (AFTER_SETUP.containsAll(run.expectedVerdicts())) {
            tests.add(dynamicTest(run.name(), () -> execute(run)));
          }
        }
      }
    }
    return tests.stream();
  }

  

  private void execute(CaseRun run) throws IOException {
    int[] figure = figures.computeIfAbsent(run.reading().caseId(), id -> new int[4]);
    figure[0]++;
    Path directory = Files.createTempDirectory(workspace, run.reading().caseId() + "-");
    Map<Side, Peer> peers = new EnumMap<>(Side.class);
    for (Side side : Side.values()) {
      CaseHost.Read read = run.host(side, directory.resolve(side.label()));
      peers.put(side, new Peer(read.loaded().daemon(), read.connection().orElseThrow()));
    }
    Side initiator = run.reading().initiator();
    Exchange exchange = EstablishedExchange.of(peers.get(initiator), peers.get(initiator.other()), initiator);
    if (peers.get(initiator).connection().version().value() == IkeVersion.IKEV1) {
      exchange.ikeVersion(IkeVersion.IKEV1);
    }
    LifecycleResult result = new ChildLifecycle().follow(exchange);
    LogMatcher.Result logs = LogMatcher.match(run.entry().logLines("initiator"), exchange.initiatorLog())
        .plus(LogMatcher.match(run.entry().logLines("responder"), exchange.responderLog()));
    figure[2] += logs.matched();
    figure[3] += logs.expected();
    assertThat(result.verdict()).as("%s [%s]%n  missing lines: %s", run.name(), result.qualifier(), logs.missing())
        .isIn(run.expectedVerdicts());
    run.reading().rekey().ifPresent(rekey -> {
      assertThat(result.firstRekey().result()).isEqualTo(ChildRekey.Result.FAILED);
      assertThat(result.firstRekey().notification()).isEqualTo(rekey.notification());
    });
    figure[1]++;
  }

  @AfterAll
  void printFigures() {
    StringBuilder text = new StringBuilder("Lifecycle from an established setup (case, passed/run, log lines matched):\n");
    figures.forEach((id, figure) -> text.append("  ").append(id).append(' ').append(figure[1]).append('/')
        .append(figure[0]).append(", lines ").append(figure[2]).append('/').append(figure[3]).append('\n'));
    System.out.print(text);
  }
}
