// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.negotiation;

import io.github.ipseclint.negotiation.outcome.Verdict;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One {@code expect:} or {@code observed:} entry of a case file.
 *
 * @param index 1-based position in its list
 * @param pairing the free-text pairing ({@code LS* -> SW* (Libreswan auto=start)})
 * @param verdict the verdict as written; usually a code, sometimes followed or replaced by prose
 * @param logs expected log lines by role: {@code initiator}, {@code responder}, {@code loader}
 */
record CaseEntry(Kind kind, int index, String pairing, String verdict, Optional<String> setup,
    Map<String, List<String>> logs) {

  /** The two lists of a case file. */
  enum Kind {
    /** What the specification predicts per bucket pairing. */
    EXPECT("expect"),
    /** A run of strongSwan 5.9.8 against Libreswan 4.10: the daemons' own answer. */
    OBSERVED("observed");

    private final String key;

    Kind(String key) {
      this.key = key;
    }

    String key() {
      return key;
    }
  }

  CaseEntry {
    logs = Map.copyOf(logs);
  }

  static CaseEntry of(Kind kind, int index, Map<String, Object> node) {
    Map<String, List<String>> logs = new LinkedHashMap<>();
    CaseYaml.optionalMap(node, "logs").ifPresent(roles ->
        roles.keySet().forEach(role -> logs.put(role, CaseYaml.strings(roles, role))));
    return new CaseEntry(kind, index, CaseYaml.requiredString(node, "pairing"),
        CaseYaml.requiredString(node, "verdict"), CaseYaml.string(node, "setup"), logs);
  }

  /** {@code expect#2}, how readings and test names refer to the entry. */
  String label() {
    return kind.key() + "#" + index;
  }

  /**
   * The verdict code the entry starts with; empty when it starts with prose instead ("not
   * decidable here", "loaded (no LOAD_ERROR)").
   */
  Optional<Verdict> verdictCode() {
    String first = verdict.strip().split("[\\s(]", 2)[0];
    for (Verdict code : Verdict.values()) {
      if (code.name().equals(first)) {
        return Optional.of(code);
      }
    }
    return Optional.empty();
  }

  List<String> logLines(String role) {
    return logs.getOrDefault(role, List.of());
  }
}
