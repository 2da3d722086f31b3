// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.parse.scan;

import io.github.ipseclint.model.finding.Finding;
import io.github.ipseclint.model.ipsec.IpsecModel;
import io.github.ipseclint.model.finding.Severity;
import java.util.List;

/**
 * Every file read by a scan, the semantic model built from them and every finding (the readers'
 * and the model's), sorted by file and position.
 */
public record ScanResult(List<ScannedFile> files, IpsecModel model, List<Finding> findings) {
  public ScanResult {
    files = List.copyOf(files);
    findings = List.copyOf(findings);
  }

  public long count(Severity severity) {
    return findings.stream().filter(finding -> finding.severity() == severity).count();
  }
}
