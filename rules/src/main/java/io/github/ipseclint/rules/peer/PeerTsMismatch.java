// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.rules.peer;

import io.github.ipseclint.engine.LintRule;
import io.github.ipseclint.engine.Tag;
import io.github.ipseclint.model.finding.Severity;
import io.github.ipseclint.negotiation.outcome.FailureClass;

/**
 * {@link FailureClass#TS} disagreements of a simulated tunnel (negotiation.md §14.2). Reported by
 * default at the responder's setting: the responder's selectors decide what it accepts.
 */
@LintRule(id = "peer-ts-mismatch", name = "PeerTsMismatch", severity = Severity.ERROR,
    tags = {Tag.CORRECTNESS},
    description = "The traffic selectors of the two ends of a tunnel do not match")
public final class PeerTsMismatch extends DisagreementRule {

  @Override
  FailureClass failureClass() {
    return FailureClass.TS;
  }

  @Override
  FixEnd fixEnd() {
    return FixEnd.RESPONDER;
  }
}
