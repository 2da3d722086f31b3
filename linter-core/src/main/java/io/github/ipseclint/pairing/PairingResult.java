// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.pairing;

import io.github.ipseclint.negotiation.Peer;
import java.util.List;

/**
 * The tunnels among a scan's hosts.
 *
 * @param tunnels explicit pairs first, then automatic ones in scan order
 * @param unpaired site-to-site connections (a fixed remote address) whose other end is on none of
 *     the scanned hosts
 * @param unresolved explicit pairs that could not be resolved
 */
public record PairingResult(List<Tunnel> tunnels, List<Peer> unpaired, List<UnresolvedPair> unresolved) {

  public PairingResult {
    tunnels = List.copyOf(tunnels);
    unpaired = List.copyOf(unpaired);
    unresolved = List.copyOf(unresolved);
  }

  public static PairingResult empty() {
    return new PairingResult(List.of(), List.of(), List.of());
  }
}
