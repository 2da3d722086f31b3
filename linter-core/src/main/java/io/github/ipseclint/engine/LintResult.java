// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.engine;

import io.github.ipseclint.engine.baseline.Baseline;
import io.github.ipseclint.engine.config.FailOn;
import io.github.ipseclint.model.finding.Severity;
import io.github.ipseclint.parse.scan.ScannedFile;
import java.util.ArrayList;
import java.util.List;

/**
 * What a run found, sorted by file, position and rule.
 *
 * @param findings the findings to report (with suppressed ones only when asked for)
 * @param baselined findings left out because the baseline records them
 * @param failures the rules that threw, one per rule and file
 */
public record LintResult(
    List<ScannedFile> files, List<LintFinding> findings, List<LintFinding> baselined, List<RuleFailure> failures) {

  public LintResult {
    files = List.copyOf(files);
    findings = List.copyOf(findings);
    baselined = List.copyOf(baselined);
    failures = List.copyOf(failures);
  }

  /** The findings that count: neither suppressed nor baselined. */
  public List<LintFinding> active() {
    return findings.stream().filter(finding -> !finding.suppressed()).toList();
  }

  public long count(Severity severity) {
    return active().stream().filter(finding -> finding.finding().severity() == severity).count();
  }

  /** True when an active finding is at or above the threshold. */
  public boolean fails(FailOn threshold) {
    return active().stream().anyMatch(finding -> threshold.fails(finding.finding().severity()));
  }

  /** Every current finding that is not suppressed, baselined ones included: what a new baseline records. */
  public Baseline toBaseline() {
    List<LintFinding> current = new ArrayList<>(active());
    current.addAll(baselined);
    return Baseline.of(current.stream().map(LintFinding::fingerprint).toList());
  }

  /** Number of files read, includes counted. */
  public long fileCount() {
    return files.stream().mapToLong(file -> file.document().files().size()).sum();
  }
}
