// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.rules.peer;

import io.github.ipseclint.engine.LintRule;
import io.github.ipseclint.engine.Tag;
import io.github.ipseclint.model.finding.Severity;
import io.github.ipseclint.negotiation.outcome.DirectionOutcome;
import io.github.ipseclint.negotiation.outcome.FailureClass;
import io.github.ipseclint.negotiation.outcome.LogLine;
import io.github.ipseclint.negotiation.outcome.Notify;
import java.util.Optional;
import java.util.Set;

/**
 * {@link FailureClass#REKEY} disagreements of a simulated tunnel (negotiation.md §14.2). Reported by
 * default at the responder's setting: the responder's ESP proposals and PFS setting decide what a rekey may use.
 */
@LintRule(id = "peer-rekey-pfs-mismatch", name = "PeerRekeyPfsMismatch", severity = Severity.ERROR,
    tags = {Tag.CORRECTNESS, Tag.CRYPTO},
    description = "The CHILD SA comes up but its rekey fails because the ends disagree on PFS key exchange groups")
public final class PeerRekeyPfsMismatch extends DisagreementRule {

  @Override
  FailureClass failureClass() {
    return FailureClass.REKEY;
  }

  @Override
  FixEnd fixEnd() {
    return FixEnd.RESPONDER;
  }

  /** A rekey failure shows in the lines of the rekey and of what follows it. */
  @Override
  Set<LogLine.Event> events() {
    return Set.of(LogLine.Event.REKEY, LogLine.Event.EXPIRY, LogLine.Event.RECREATE, LogLine.Event.REAUTH);
  }

  @Override
  Optional<Notify> notification(DirectionOutcome direction) {
    return direction.firstRekey().notification();
  }
}
