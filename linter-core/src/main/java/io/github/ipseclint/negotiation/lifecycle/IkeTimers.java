// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.negotiation.lifecycle;

import io.github.ipseclint.model.ipsec.IkeLifetimes;
import io.github.ipseclint.negotiation.Peer;
import java.time.Duration;
import java.util.Optional;

/**
 * One end's timers for the IKE SA (negotiation.md §12.1): a rekey keeps the CHILD SAs, a
 * reauthentication builds a new IKE SA with IKE_AUTH and recreates them without a key exchange.
 */
record IkeTimers(Optional<TimeWindow> rekey, Optional<TimeWindow> reauth) {

  /** @param ikeInitiator Libreswan's responder of an SA replaces it at a fixed time, as for CHILD SAs */
  static IkeTimers of(Peer peer, boolean ikeInitiator) {
    IkeLifetimes lifetimes = peer.connection().ikeLifetimes();
    return new IkeTimers(window(peer, lifetimes.rekey().value(), lifetimes, ikeInitiator),
        window(peer, lifetimes.reauth().value(), lifetimes, ikeInitiator));
  }

  private static Optional<TimeWindow> window(Peer peer, Duration time, IkeLifetimes lifetimes, boolean ikeInitiator) {
    if (time.isZero()) {
      return Optional.empty();
    }
    if (!peer.isStrongswan() && !ikeInitiator) {
      return Optional.of(TimeWindow.at(time.plus(lifetimes.over().value().dividedBy(2))));
    }
    return Optional.of(TimeWindow.randomisedBefore(time, lifetimes.rand().value()));
  }
}
