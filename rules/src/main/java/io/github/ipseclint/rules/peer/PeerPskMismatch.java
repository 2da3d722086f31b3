// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.rules.peer;

import io.github.ipseclint.engine.LintRule;
import io.github.ipseclint.engine.Tag;
import io.github.ipseclint.model.finding.Severity;
import io.github.ipseclint.negotiation.outcome.FailureClass;

/**
 * {@link FailureClass#PSK} disagreements of a simulated tunnel (negotiation.md §14.2). Reported by
 * default at the responder's setting: the responder is the end that logs the failed key.
 */
@LintRule(id = "peer-psk-mismatch", name = "PeerPskMismatch", severity = Severity.ERROR,
    tags = {Tag.CORRECTNESS, Tag.AUTHENTICATION, Tag.SECRETS},
    description = "The two ends of a tunnel use different pre-shared keys, or one finds none")
public final class PeerPskMismatch extends DisagreementRule {

  @Override
  FailureClass failureClass() {
    return FailureClass.PSK;
  }

  @Override
  FixEnd fixEnd() {
    return FixEnd.RESPONDER;
  }
}
