// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.rules.peer;

import io.github.ipseclint.engine.LintRule;
import io.github.ipseclint.engine.Tag;
import io.github.ipseclint.model.finding.Severity;
import io.github.ipseclint.negotiation.outcome.FailureClass;

/**
 * {@link FailureClass#AUTH_METHOD} disagreements of a simulated tunnel (negotiation.md §14.2). Reported by
 * default at the responder's setting: the responder's expected method decides.
 */
@LintRule(id = "peer-auth-method-mismatch", name = "PeerAuthMethodMismatch", severity = Severity.ERROR,
    tags = {Tag.CORRECTNESS, Tag.AUTHENTICATION},
    description = "The two ends of a tunnel expect different authentication methods")
public final class PeerAuthMethodMismatch extends DisagreementRule {

  @Override
  FailureClass failureClass() {
    return FailureClass.AUTH_METHOD;
  }

  @Override
  FixEnd fixEnd() {
    return FixEnd.RESPONDER;
  }
}
