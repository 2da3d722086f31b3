// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.negotiation.lifecycle;

import io.github.ipseclint.negotiation.outcome.ChildRekey;
import io.github.ipseclint.negotiation.outcome.LogLine;
import io.github.ipseclint.negotiation.outcome.TimelineEvent;
import io.github.ipseclint.negotiation.outcome.Verdict;
import java.util.List;
import java.util.Optional;

/**
 * IKEv1 rekeys a CHILD SA with a new Quick Mode built like the first one (negotiation.md §11.3,
 * §12.2): PFS is negotiated at setup already, where a mismatch fails at once, so an established
 * IKEv1 CHILD SA rekeys like it was set up.
 */
final class QuickModeRekeys {

  private QuickModeRekeys() {}

  static LifecycleResult follow(LifecycleEnd left, LifecycleEnd right) {
    RekeyOrder order = new RekeyOrder(left, right);
    List<TimelineEvent> timeline = order.firstRekeyers().stream().flatMap(Optional::stream)
        .map(side -> side == left.side() ? left : right)
        .flatMap(end -> end.childTimers().rekey().map(window -> new TimelineEvent(window.earliest(), window.latest(),
            LogLine.Event.REKEY, end.side(), "Quick Mode rekey, negotiated like the first Quick Mode", true,
            Optional.empty())).stream())
        .toList();
    return new LifecycleResult(Verdict.STABLE, timeline.isEmpty() ? ChildRekey.notApplicable() : ChildRekey.ok(),
        timeline, "");
  }
}
