// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.negotiation.lifecycle;

import io.github.ipseclint.negotiation.outcome.ChildRekey;
import io.github.ipseclint.negotiation.outcome.Verdict;
import java.util.List;
import java.util.Optional;

/**
 * The lifecycle for one order of the randomised timers (negotiation.md §14.2 C13 step 1): when
 * the two ends' rekey windows overlap, each end may rekey first and both orders are followed.
 *
 * @param decisive the failed exchange that decides a verdict other than STABLE
 * @param childInvalidKeRounds INVALID_KE_PAYLOAD rounds a successful rekey cost
 */
record Scenario(
    Verdict verdict,
    String qualifier,
    ChildRekey firstRekey,
    List<LifecycleStep> steps,
    Optional<CreateChildResult> decisive,
    int childInvalidKeRounds) {

  Scenario {
    steps = List.copyOf(steps);
  }
}
