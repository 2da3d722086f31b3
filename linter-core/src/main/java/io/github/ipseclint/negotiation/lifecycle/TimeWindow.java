// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.negotiation.lifecycle;

import java.time.Duration;

/**
 * When a randomised timer fires, measured from the creation of its SA: both daemons subtract a
 * random part from the configured time (negotiation.md §12.1), so a timer is a window, not an
 * instant.
 */
record TimeWindow(Duration earliest, Duration latest) {

  TimeWindow {
    if (latest.compareTo(earliest) < 0) {
      throw new IllegalArgumentException("window ends before it starts: " + earliest + ".." + latest);
    }
  }

  static TimeWindow at(Duration instant) {
    return new TimeWindow(instant, instant);
  }

  /** {@code time - random(0..rand)}, never before the SA exists. */
  static TimeWindow randomisedBefore(Duration time, Duration rand) {
    Duration earliest = time.minus(rand);
    return new TimeWindow(earliest.isNegative() ? Duration.ZERO : earliest, time);
  }

  /** True when the two timers can fire in either order. */
  boolean overlaps(TimeWindow other) {
    return earliest.compareTo(other.latest) <= 0 && other.earliest.compareTo(latest) <= 0;
  }

  /** True when the timer can fire before {@code instant}. */
  boolean canFireBefore(Duration instant) {
    return earliest.compareTo(instant) < 0;
  }

  /** {@code 42-51 min}, {@code 2h42-2h51}, {@code 66 min}. */
  String describe() {
    if (earliest.equals(latest)) {
      return describe(earliest);
    }
    return latest.toHours() == 0
        ? describeBare(earliest) + "-" + describeBare(latest) + " min"
        : describe(earliest) + "-" + describeBare(latest);
  }

  static String describe(Duration duration) {
    return duration.toHours() == 0 ? describeBare(duration) + " min" : describeBare(duration);
  }

  private static String describeBare(Duration duration) {
    long hours = duration.toHours();
    long minutes = duration.toMinutesPart();
    long seconds = duration.toSecondsPart();
    String text = hours == 0 ? Long.toString(minutes) : hours + "h" + (minutes == 0 ? "" : String.format("%02d", minutes));
    return seconds == 0 ? text : text + ":" + String.format("%02d", seconds);
  }
}
