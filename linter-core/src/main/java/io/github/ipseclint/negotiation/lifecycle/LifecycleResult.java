// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.negotiation.lifecycle;

import io.github.ipseclint.negotiation.outcome.ChildRekey;
import io.github.ipseclint.negotiation.outcome.TimelineEvent;
import io.github.ipseclint.negotiation.outcome.Verdict;
import java.util.List;

/** What happens to an established CHILD SA over time (negotiation.md §14.2 C13, C14). */
public record LifecycleResult(Verdict verdict, ChildRekey firstRekey, List<TimelineEvent> timeline, String qualifier) {

  public LifecycleResult {
    timeline = List.copyOf(timeline);
  }
}
