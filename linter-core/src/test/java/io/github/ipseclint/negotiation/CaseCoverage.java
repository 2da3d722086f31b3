// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.negotiation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Whether the readings of a case and the case file refer to the same entries: every entry read
 * (more than once only where it names several directions), under the pairing text the case file
 * gives it; a prose verdict always paired with the codes the reading allows or a reason to skip;
 * a case's code never silently overridden (only by a correction with its reason).
 */
final class CaseCoverage {
  private CaseCoverage() {}

  static boolean samePairing(CaseEntry entry, CaseReading reading) {
    return normalized(entry.pairing()).equals(normalized(reading.pairing()));
  }

  static List<String> problems(NegotiationCase negotiationCase, List<CaseReading> readings) {
    List<String> problems = new ArrayList<>();
    for (CaseEntry entry : negotiationCase.entries()) {
      if (readings.stream().noneMatch(r -> r.entry().equals(entry.label()))) {
        problems.add(entry.label() + " '" + entry.pairing() + "' has no reading");
      }
    }
    for (CaseReading reading : readings) {
      Optional<CaseEntry> entry = negotiationCase.entry(reading.entry());
      if (entry.isEmpty()) {
        problems.add(reading.entry() + " is read but the case has no such entry");
      } else if (!samePairing(entry.get(), reading)) {
        problems.add(reading.entry() + " is read as '" + reading.pairing() + "' but the case says '"
            + entry.get().pairing() + "'");
      } else {
        verdictProblem(entry.get(), reading).ifPresent(problems::add);
      }
    }
    return problems;
  }

  private static Optional<String> verdictProblem(CaseEntry entry, CaseReading reading) {
    boolean coded = entry.verdictCode().isPresent();
    if (coded && !reading.verdictAnyOf().isEmpty()) {
      return Optional.of(reading.entry() + " replaces the case's verdict code " + entry.verdictCode().get()
          + " by a set; a code is only replaced by a correction with its reason");
    }
    if (!coded && reading.verdictAnyOf().isEmpty() && reading.skip().isEmpty() && reading.correction().isEmpty()) {
      return Optional.of(reading.entry() + " has the prose verdict '" + entry.verdict()
          + "' and the reading allows no code");
    }
    if (reading.correction().isPresent()
        && entry.verdictCode().equals(Optional.of(reading.correction().get().verdict()))) {
      return Optional.of(reading.entry() + " 'corrects' the verdict to the code the case already gives");
    }
    return Optional.empty();
  }

  private static String normalized(String text) {
    return text.strip().replaceAll("\\s+", " ");
  }
}
