// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.negotiation.outcome;

import io.github.ipseclint.negotiation.Peer;
import io.github.ipseclint.negotiation.Side;
import java.util.List;
import java.util.Optional;

/**
 * Everything predicted for a pair of ends: load errors, then one outcome per direction in which
 * an end initiates (both directions, marked, when neither does).
 */
public record SimulationReport(Peer left, Peer right, List<LoadError> loadErrors, List<DirectionOutcome> directions) {

  public SimulationReport {
    loadErrors = List.copyOf(loadErrors);
    directions = List.copyOf(directions);
  }

  public Peer peer(Side side) {
    return side == Side.LEFT ? left : right;
  }

  /** True when at least one end is configured to start the tunnel. */
  public boolean hasInitiator() {
    return directions.stream().anyMatch(DirectionOutcome::configuredToInitiate);
  }

  public Optional<DirectionOutcome> direction(Side initiator) {
    return directions.stream().filter(d -> d.initiator() == initiator).findFirst();
  }
}
