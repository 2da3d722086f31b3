// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.negotiation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Per-case figures of one run of the case harness, for the summary printed at its end: pairings
 * passed and failed, and log lines found. One instance per test class instance; the dynamic tests
 * may run concurrently, so recording is synchronized.
 */
final class CaseSummary {
  private final Map<String, Figures> byCase = new TreeMap<>();
  private final List<String> notes = new ArrayList<>();
  private int readings;
  private int pairings;

  /** The figures of one case. */
  private static final class Figures {
    private int passed;
    private int failed;
    private LogMatcher.Result logs = LogMatcher.Result.none();
  }

  /** What the run is made of: readings, release pairings, and the readings' corrections and skips. */
  synchronized void plan(List<CaseReading> all, int pairingCount) {
    readings += all.size();
    pairings += pairingCount;
    for (CaseReading reading : all) {
      reading.correction().ifPresent(fix -> notes.add(reading.label() + ": verdict corrected to " + fix.verdict()));
      reading.skip().ifPresent(reason -> notes.add(reading.label() + ": not evaluated (" + reason + ")"));
    }
  }

  /** False when no case was found (the shared tree is absent), so there is nothing to sum up. */
  synchronized boolean hasPlan() {
    return readings > 0;
  }

  synchronized void record(String caseId, boolean passed, LogMatcher.Result logs) {
    Figures figures = byCase.computeIfAbsent(caseId, id -> new Figures());
    if (passed) {
      figures.passed++;
    } else {
      figures.failed++;
    }
    figures.logs = figures.logs.plus(logs);
  }

  synchronized String render() {
    StringBuilder text = new StringBuilder();
    int passed = 0;
    int failed = 0;
    LogMatcher.Result logs = LogMatcher.Result.none();
    for (Map.Entry<String, Figures> entry : byCase.entrySet()) {
      Figures figures = entry.getValue();
      passed += figures.passed;
      failed += figures.failed;
      logs = logs.plus(figures.logs);
      text.append(String.format("  %s  passed %3d / %3d   log lines matched %3d / %3d%n", entry.getKey(),
          figures.passed, figures.passed + figures.failed, figures.logs.matched(), figures.logs.expected()));
    }
    StringBuilder header = new StringBuilder(String.format(
        "Negotiation cases: %d readings, %d release pairings; %d of %d evaluated pass (%d fail);"
            + " log lines matched: %d/%d%n",
        readings, pairings, passed, passed + failed, failed, logs.matched(), logs.expected()));
    notes.forEach(note -> header.append("  ").append(note).append(System.lineSeparator()));
    return header.append(text).toString();
  }
}
