// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.pairing;

import io.github.ipseclint.negotiation.outcome.SimulationReport;

/** A tunnel and what the simulator predicts for it, computed once and shared by every peer rule. */
public record SimulatedTunnel(Tunnel tunnel, SimulationReport report) {}
