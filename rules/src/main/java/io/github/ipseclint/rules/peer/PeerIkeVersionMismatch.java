// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.rules.peer;

import io.github.ipseclint.engine.LintRule;
import io.github.ipseclint.engine.Tag;
import io.github.ipseclint.model.finding.Severity;
import io.github.ipseclint.negotiation.outcome.FailureClass;

/**
 * {@link FailureClass#IKE_VERSION} disagreements of a simulated tunnel (negotiation.md §14.2). Reported by
 * default at the responder's setting: the responder's version or IKEv1 policy is what turns the packet away.
 */
@LintRule(id = "peer-ike-version-mismatch", name = "PeerIkeVersionMismatch", severity = Severity.ERROR,
    tags = {Tag.CORRECTNESS},
    description = "The two ends of a tunnel do not speak a common IKE version, or the responder drops the initiator's version")
public final class PeerIkeVersionMismatch extends DisagreementRule {

  @Override
  FailureClass failureClass() {
    return FailureClass.IKE_VERSION;
  }

  @Override
  FixEnd fixEnd() {
    return FixEnd.RESPONDER;
  }
}
