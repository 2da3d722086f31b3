// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.negotiation.outcome;

import io.github.ipseclint.negotiation.Side;
import java.time.Duration;
import java.util.Optional;

/**
 * One event in the predicted life of a tunnel after setup (negotiation.md §14.2 C13).
 *
 * @param earliest the earliest time after setup the event can happen (timers are randomised)
 * @param latest the latest such time
 * @param by the end that starts it
 * @param description e.g. {@code CHILD SA rekey}, {@code hard expiry}
 */
public record TimelineEvent(Duration earliest, Duration latest, LogLine.Event event, Side by,
    String description, boolean succeeds, Optional<Notify> notification) {}
