// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.rules.peer;

import io.github.ipseclint.engine.LintRule;
import io.github.ipseclint.engine.Tag;
import io.github.ipseclint.model.finding.Severity;
import io.github.ipseclint.negotiation.outcome.FailureClass;

/**
 * {@link FailureClass#CP} disagreements of a simulated tunnel (negotiation.md §14.2). Reported by
 * default at the responder's setting: the responder serves or requires the addresses.
 */
@LintRule(id = "peer-cp-required", name = "PeerCpRequired", severity = Severity.ERROR,
    tags = {Tag.CORRECTNESS},
    description = "A virtual IP is requested without an address pool to serve it, or a pool requires a request that never comes")
public final class PeerCpRequired extends DisagreementRule {

  @Override
  FailureClass failureClass() {
    return FailureClass.CP;
  }

  @Override
  FixEnd fixEnd() {
    return FixEnd.RESPONDER;
  }
}
