// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.negotiation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Whether the readings of a case and the case file refer to the same entries: every entry read
 * exactly once, under the pairing text the case file gives it, and a prose verdict always paired
 * with the codes the reading allows (and a coded one never overridden).
 */
final class CaseCoverage {
  private CaseCoverage() {}

  static boolean samePairing(CaseEntry entry, CaseReading reading) {
    return normalized(entry.pairing()).equals(normalized(reading.pairing()));
  }

  static List<String> problems(NegotiationCase negotiationCase, List<CaseReading> readings) {
    List<String> problems = new ArrayList<>();
    for (CaseEntry entry : negotiationCase.entries()) {
      List<CaseReading> of = readings.stream().filter(r -> r.entry().equals(entry.label())).toList();
      if (of.size() != 1) {
        problems.add(entry.label() + " '" + entry.pairing() + "' has " + of.size() + " readings");
      }
    }
    for (CaseReading reading : readings) {
      Optional<CaseEntry> entry = negotiationCase.entry(reading.entry());
      if (entry.isEmpty()) {
        problems.add(reading.entry() + " is read but the case has no such entry");
      } else if (!samePairing(entry.get(), reading)) {
        problems.add(reading.entry() + " is read as '" + reading.pairing() + "' but the case says '"
            + entry.get().pairing() + "'");
      } else if (entry.get().verdictCode().isPresent() && !reading.verdictAnyOf().isEmpty()) {
        problems.add(reading.entry() + " overrides the case's verdict code " + entry.get().verdictCode().get());
      } else if (entry.get().verdictCode().isEmpty() && reading.verdictAnyOf().isEmpty()) {
        problems.add(reading.entry() + " has the prose verdict '" + entry.get().verdict()
            + "' and the reading allows no code");
      }
    }
    return problems;
  }

  private static String normalized(String text) {
    return text.strip().replaceAll("\\s+", " ");
  }
}
