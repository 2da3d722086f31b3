// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.rules.peer;

import io.github.ipseclint.engine.LintRule;
import io.github.ipseclint.engine.Tag;
import io.github.ipseclint.model.finding.Severity;
import io.github.ipseclint.negotiation.outcome.FailureClass;

/**
 * {@link FailureClass#IKE_PROPOSAL} disagreements of a simulated tunnel (negotiation.md §14.2). Reported by
 * default at the responder's setting: the responder's proposals decide what it accepts.
 */
@LintRule(id = "peer-ike-proposal-mismatch", name = "PeerIkeProposalMismatch", severity = Severity.ERROR,
    tags = {Tag.CORRECTNESS, Tag.CRYPTO},
    description = "The two ends of a tunnel have no IKE proposal in common")
public final class PeerIkeProposalMismatch extends DisagreementRule {

  @Override
  FailureClass failureClass() {
    return FailureClass.IKE_PROPOSAL;
  }

  @Override
  FixEnd fixEnd() {
    return FixEnd.RESPONDER;
  }
}
