// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.negotiation.lifecycle;

import io.github.ipseclint.negotiation.Side;
import io.github.ipseclint.negotiation.outcome.LogLine;
import io.github.ipseclint.negotiation.outcome.TimelineEvent;
import java.util.List;

/** One event of a predicted lifecycle and the lines each end logs for it. */
record LifecycleStep(TimelineEvent event, List<LogLine> leftLines, List<LogLine> rightLines) {

  LifecycleStep {
    leftLines = List.copyOf(leftLines);
    rightLines = List.copyOf(rightLines);
  }

  static LifecycleStep of(TimelineEvent event, Side first, List<LogLine> firstLines, List<LogLine> otherLines) {
    return first == Side.LEFT
        ? new LifecycleStep(event, firstLines, otherLines)
        : new LifecycleStep(event, otherLines, firstLines);
  }

  List<LogLine> lines(Side side) {
    return side == Side.LEFT ? leftLines : rightLines;
  }
}
