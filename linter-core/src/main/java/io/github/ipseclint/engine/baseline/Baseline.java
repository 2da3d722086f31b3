// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.engine.baseline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The findings accepted earlier; each entry stands for one finding (equal entries count separately). */
public record Baseline(int version, List<Fingerprint> findings) {
  public static final int VERSION = 1;

  public Baseline {
    findings = List.copyOf(findings);
  }

  /** A baseline of these findings, sorted so that the file diffs well. */
  public static Baseline of(List<Fingerprint> fingerprints) {
    List<Fingerprint> sorted = new ArrayList<>(fingerprints);
    sorted.sort(Comparator.comparing(Fingerprint::file).thenComparing(Fingerprint::rule)
        .thenComparing(Fingerprint::hash));
    return new Baseline(VERSION, sorted);
  }

  /** How many findings with each fingerprint the baseline accepts. */
  public Map<Fingerprint, Integer> counts() {
    Map<Fingerprint, Integer> counts = new HashMap<>();
    findings.forEach(fingerprint -> counts.merge(fingerprint, 1, Integer::sum));
    return counts;
  }
}
