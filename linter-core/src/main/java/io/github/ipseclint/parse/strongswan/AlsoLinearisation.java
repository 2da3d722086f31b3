// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.parse.strongswan;

import io.github.ipseclint.model.conf.Setting;
import io.github.ipseclint.model.finding.CoreRule;
import io.github.ipseclint.model.finding.Severity;
import io.github.ipseclint.parse.FindingSink;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The order in which starter looks a key up in the sections a section inherits from
 * (formats.md §2.4): walk the {@code also=} entries from the last to the first, emit each parent
 * followed by its own order, keep only the last occurrence of each section; a section without
 * {@code also=} has only {@code %default}. A missing target or a loop is an error that makes
 * starter reject the whole file; each is reported once, at the {@code also=} line.
 */
final class AlsoLinearisation {
  private static final String REJECTED = "strongSwan rejects the whole file";

  private final Map<String, SectionDraft> byName;
  /** What a section without {@code also=} inherits from: {@code %default}, if there is one. */
  private final List<SectionDraft> onlyDefaults;
  private final FindingSink findings;
  private final Map<SectionDraft, List<SectionDraft>> done = new HashMap<>();
  private final Set<Setting> reported = new HashSet<>();

  /** @param byName every section of one kind by name, {@code %default} included */
  AlsoLinearisation(Map<String, SectionDraft> byName, FindingSink findings) {
    this.byName = byName;
    SectionDraft defaults = byName.get("%default");
    this.onlyDefaults = defaults == null ? List.of() : List.of(defaults);
    this.findings = findings;
  }

  /** The sections {@code section} inherits from, the first one consulted first. */
  List<SectionDraft> ancestors(SectionDraft section) {
    return ancestors(section, new ArrayList<>());
  }

  private List<SectionDraft> ancestors(SectionDraft section, List<SectionDraft> path) {
    if (section.also().isEmpty()) {
      // Most sections: nothing to remember. %default itself is never asked (also= cannot name it).
      return section.isDefault() ? List.of() : onlyDefaults;
    }
    List<SectionDraft> known = done.get(section);
    if (known != null) {
      return known;
    }
    List<SectionDraft> order = new ArrayList<>();
    path.add(section);
    List<Setting> also = section.also();
    for (int i = also.size() - 1; i >= 0; i--) {
      Setting reference = also.get(i);
      SectionDraft parent = byName.get(reference.valueText().latin1());
      if (parent == null) {
        report(CoreRule.UNDEFINED_REFERENCE, reference, section, "not found",
            "name a " + section.kind().keyword() + " section that exists in this file or its includes");
      } else if (path.contains(parent)) {
        report(CoreRule.REFERENCE_CYCLE, reference, section, "causes a loop", "remove one of the also= references");
      } else {
        order.add(parent);
        order.addAll(ancestors(parent, path));
      }
    }
    path.remove(path.size() - 1);
    List<SectionDraft> result = keepLastOccurrence(order);
    done.put(section, result);
    return result;
  }

  private static List<SectionDraft> keepLastOccurrence(List<SectionDraft> order) {
    List<SectionDraft> result = new ArrayList<>(order.size());
    for (int i = 0; i < order.size(); i++) {
      if (!occursAfter(order, i)) {
        result.add(order.get(i));
      }
    }
    return result;
  }

  private static boolean occursAfter(List<SectionDraft> order, int index) {
    for (int later = index + 1; later < order.size(); later++) {
      if (order.get(later) == order.get(index)) {
        return true;
      }
    }
    return false;
  }

  private void report(CoreRule rule, Setting reference, SectionDraft section, String problem, String hint) {
    if (reported.add(reference)) {
      findings.report(rule, Severity.ERROR,
          reference.value().map(value -> value.span()).orElse(reference.span()),
          "section '" + reference.valueText().display() + "' referenced in section '"
              + section.name().display() + "' " + problem + ": " + REJECTED + "; " + hint);
    }
  }
}
