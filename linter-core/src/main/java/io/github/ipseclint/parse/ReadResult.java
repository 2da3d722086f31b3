// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.parse;

import io.github.ipseclint.model.document.Document;
import io.github.ipseclint.model.finding.Finding;
import java.util.List;

/** A document and every finding met while reading it. */
public record ReadResult(Document document, List<Finding> findings) {
  public ReadResult {
    findings = List.copyOf(findings);
  }
}
