// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.rules.peer;

import io.github.ipseclint.engine.LintRule;
import io.github.ipseclint.engine.Tag;
import io.github.ipseclint.model.finding.Severity;
import io.github.ipseclint.negotiation.outcome.DirectionOutcome;
import io.github.ipseclint.negotiation.outcome.FailureClass;
import io.github.ipseclint.negotiation.outcome.Notify;
import java.util.Optional;

/**
 * {@link FailureClass#KE_RETRY} disagreements of a simulated tunnel (negotiation.md §14.2). Reported by
 * default at the initiator's setting: putting the group the responder selects first in the initiator's proposals saves the round trip.
 */
@LintRule(id = "peer-ke-retry", name = "PeerKeRetry", severity = Severity.NOTE,
    tags = {Tag.CORRECTNESS, Tag.CRYPTO},
    description = "The initiator's first key exchange guess is refused and costs an extra round trip (INVALID_KE_PAYLOAD)")
public final class PeerKeRetry extends DisagreementRule {

  @Override
  FailureClass failureClass() {
    return FailureClass.KE_RETRY;
  }

  @Override
  FixEnd fixEnd() {
    return FixEnd.INITIATOR;
  }

  /** The round trip shows in the lines about the refused key exchange, even when the setup succeeds. */
  @Override
  Optional<Notify> notification(DirectionOutcome direction) {
    return Optional.of(Notify.INVALID_KE_PAYLOAD);
  }
}
