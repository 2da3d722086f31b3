// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.negotiation;

import io.github.ipseclint.model.ipsec.Connection;
import io.github.ipseclint.model.ipsec.HostAddress;
import io.github.ipseclint.model.ipsec.IpAddress;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A daemon's connections by the peer addresses they name, for the responder's first look-up
 * (negotiation.md §10.2 step 1). A connection whose remote end lists only literal addresses is
 * found under each of them; one with any other entry (a wildcard, subnet, range, host name or
 * {@code %defaultroute}) may fit any packet and is always returned, for the caller's scoring.
 */
final class ConnectionsByPeerAddress {
  private final Map<Connection, Integer> loadOrder = new IdentityHashMap<>();
  private final Map<IpAddress, List<Connection>> byAddress = new HashMap<>();
  private final List<Connection> open = new ArrayList<>();
  private final Map<Connection, Boolean> openOnes = new IdentityHashMap<>();

  ConnectionsByPeerAddress(List<Connection> connections) {
    for (Connection connection : connections) {
      loadOrder.put(connection, loadOrder.size());
      List<HostAddress> remote = connection.remote().addresses().value();
      if (remote.isEmpty() || !remote.stream().allMatch(ConnectionsByPeerAddress::isLiteral)) {
        open.add(connection);
        openOnes.put(connection, true);
        continue;
      }
      remote.stream().map(entry -> ((HostAddress.Block) entry).range().from()).distinct()
          .forEach(address -> byAddress.computeIfAbsent(address, unused -> new ArrayList<>()).add(connection));
    }
  }

  /**
   * @param paired a connection to return in any case, when loaded (the pairing vouches for it)
   */
  List<Connection> mayHold(Optional<IpAddress> peerAddress, Connection paired) {
    List<Connection> named = peerAddress.map(address -> byAddress.getOrDefault(address, List.of())).orElse(List.of());
    boolean addPaired = loadOrder.containsKey(paired) && !openOnes.containsKey(paired)
        && named.stream().noneMatch(connection -> connection == paired);
    if (named.isEmpty() && !addPaired) {
      return open;
    }
    List<Connection> merged = new ArrayList<>(named);
    merged.addAll(open);
    if (addPaired) {
      merged.add(paired);
    }
    merged.sort(Comparator.comparingInt(loadOrder::get));
    return merged;
  }

  private static boolean isLiteral(HostAddress entry) {
    return entry instanceof HostAddress.Block block && block.range().from().equals(block.range().to());
  }
}
