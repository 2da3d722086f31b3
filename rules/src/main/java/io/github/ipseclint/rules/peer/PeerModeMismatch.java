// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.rules.peer;

import io.github.ipseclint.engine.LintRule;
import io.github.ipseclint.engine.Tag;
import io.github.ipseclint.model.finding.Severity;
import io.github.ipseclint.negotiation.outcome.FailureClass;

/**
 * {@link FailureClass#MODE} disagreements of a simulated tunnel (negotiation.md §14.2). Reported by
 * default at the responder's setting: the responder's mode decides what it accepts.
 */
@LintRule(id = "peer-mode-mismatch", name = "PeerModeMismatch", severity = Severity.ERROR,
    tags = {Tag.CORRECTNESS},
    description = "One end of a tunnel asks for tunnel mode and the other for transport mode")
public final class PeerModeMismatch extends DisagreementRule {

  @Override
  FailureClass failureClass() {
    return FailureClass.MODE;
  }

  @Override
  FixEnd fixEnd() {
    return FixEnd.RESPONDER;
  }
}
