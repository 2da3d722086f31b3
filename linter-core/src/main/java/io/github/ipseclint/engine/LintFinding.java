// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.engine;

import io.github.ipseclint.engine.baseline.Fingerprint;
import io.github.ipseclint.model.finding.Finding;
import io.github.ipseclint.model.suppression.Suppression;
import java.util.Optional;

/**
 * A finding as a run reports it.
 *
 * @param suppression the inline suppression that covers it; present only when the request asked
 *     for suppressed findings (SARIF writes it as {@code suppressions[]})
 * @param fingerprint what the baseline records of it (no line numbers, no secret text)
 */
public record LintFinding(Finding finding, Optional<Suppression> suppression, Fingerprint fingerprint) {

  public boolean suppressed() {
    return suppression.isPresent();
  }
}
