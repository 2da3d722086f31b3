// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.negotiation.lifecycle;

import io.github.ipseclint.model.ipsec.Child;
import io.github.ipseclint.model.ipsec.ChildLifetimes;
import io.github.ipseclint.negotiation.Peer;
import java.time.Duration;
import java.util.Optional;

/**
 * One end's timers for a CHILD SA (negotiation.md §12.1). IKEv2 never negotiates them: each end
 * rekeys by its own soft timer and deletes the SA at its own hard time.
 *
 * @param rekey when this end starts a rekey; empty when it never does ({@code rekey=no})
 * @param hardExpiry when this end deletes the SA; empty when it never does
 */
record ChildTimers(Optional<TimeWindow> rekey, Optional<Duration> hardExpiry) {

  /**
   * @param saInitiator whether this end initiated the SA: Libreswan rekeys an SA it responded to
   *     at a fixed {@code lifetime - margin/2} instead of a randomised time
   */
  static ChildTimers of(Peer peer, Child child, boolean saInitiator) {
    ChildLifetimes lifetimes = child.lifetimes();
    Duration soft = lifetimes.rekey().value();
    Duration life = lifetimes.life().value();
    Optional<Duration> hard = life.isZero() ? Optional.empty() : Optional.of(life);
    if (soft.isZero() || !child.rekey().value()) {
      return new ChildTimers(Optional.empty(), hard);
    }
    if (!peer.isStrongswan() && !saInitiator) {
      // pluto halves the margin for the responder of an SA: lifetime - margin/2 (§12.1).
      Duration margin = life.minus(soft);
      return new ChildTimers(Optional.of(TimeWindow.at(soft.plus(margin.dividedBy(2)))), hard);
    }
    return new ChildTimers(Optional.of(TimeWindow.randomisedBefore(soft, lifetimes.rand().value())), hard);
  }
}
