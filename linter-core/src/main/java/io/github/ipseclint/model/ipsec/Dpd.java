// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.model.ipsec;

import java.time.Duration;
import java.util.Optional;

/**
 * Dead peer detection of a connection (negotiation.md §12.3).
 *
 * @param delay the interval of liveness checks; zero when DPD is off
 * @param timeout IKEv1's DPD timeout, when the implementation has a value for it
 */
public record Dpd(Configured<Duration> delay, Optional<Configured<Duration>> timeout) {
  public boolean enabled() {
    return !delay.value().isZero();
  }
}
