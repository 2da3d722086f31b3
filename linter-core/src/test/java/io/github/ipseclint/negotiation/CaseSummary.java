// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.negotiation;

import java.util.Map;
import java.util.TreeMap;

/**
 * Per-case figures of one run of the case harness, for the summary printed at its end: pairings
 * passed and failed, and log lines found. One instance per test class instance; the dynamic tests
 * may run concurrently, so recording is synchronized.
 */
final class CaseSummary {
  private final Map<String, Figures> byCase = new TreeMap<>();

  /** The figures of one case. */
  private static final class Figures {
    private int passed;
    private int failed;
    private LogMatcher.Result logs = LogMatcher.Result.none();
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
    return String.format("Negotiation cases: %d of %d pairings pass (%d fail); log lines matched: %d/%d%n",
        passed, passed + failed, failed, logs.matched(), logs.expected()) + text;
  }
}
