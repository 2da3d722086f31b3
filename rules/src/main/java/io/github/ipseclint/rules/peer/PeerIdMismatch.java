// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.rules.peer;

import io.github.ipseclint.engine.LintRule;
import io.github.ipseclint.engine.Tag;
import io.github.ipseclint.model.finding.Severity;
import io.github.ipseclint.negotiation.outcome.FailureClass;

/**
 * {@link FailureClass#ID} disagreements of a simulated tunnel (negotiation.md §14.2). Reported by
 * default at the responder's setting: the responder's expected remote ID is what rejects the initiator.
 */
@LintRule(id = "peer-id-mismatch", name = "PeerIdMismatch", severity = Severity.ERROR,
    tags = {Tag.CORRECTNESS, Tag.AUTHENTICATION},
    description = "The identities of the two ends of a tunnel do not match what the other end expects")
public final class PeerIdMismatch extends DisagreementRule {

  @Override
  FailureClass failureClass() {
    return FailureClass.ID;
  }

  @Override
  FixEnd fixEnd() {
    return FixEnd.RESPONDER;
  }
}
