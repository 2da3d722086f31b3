// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.negotiation.selector;

import io.github.ipseclint.model.ipsec.Connection;
import io.github.ipseclint.model.ipsec.FrontEnd;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The peer configs one strongSwan daemon builds from its stroke conns, grouped once per daemon:
 * stroke merges conns whose IKE and peer parameters are all equal into the first one's peer
 * config (negotiation.md §8.1, case C34). Comparing every conn with every other per look-up would
 * make a gateway with a conn per peer quadratic.
 */
public final class PeerConfigGroups {
  private final Map<Connection, List<Connection>> groupOf = new IdentityHashMap<>();

  /** @param loaded every connection of the daemon, in load order */
  public PeerConfigGroups(List<Connection> loaded) {
    Map<List<Object>, List<Connection>> byKey = new HashMap<>();
    for (Connection connection : loaded) {
      if (connection.frontEnd() == FrontEnd.STROKE) {
        List<Connection> group = byKey.computeIfAbsent(StrongswanPeerConfig.key(connection), unused -> new ArrayList<>());
        group.add(connection);
        groupOf.put(connection, group);
      }
    }
  }

  /**
   * The conns of {@code selected}'s peer config in load order, the one holding it first; a swanctl
   * connection, or one this daemon did not load, is alone.
   */
  public List<Connection> merged(Connection selected) {
    List<Connection> group = groupOf.get(selected);
    return group == null ? List.of(selected) : List.copyOf(group);
  }
}
