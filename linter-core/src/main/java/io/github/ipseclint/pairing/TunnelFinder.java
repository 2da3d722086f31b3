// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.pairing;

import io.github.ipseclint.model.ipsec.Connection;
import io.github.ipseclint.negotiation.Daemon;
import io.github.ipseclint.negotiation.Peer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;

/**
 * Finds the tunnels among the connections of several hosts (issue #6, "Pairing"): two connections
 * on two hosts whose outer addresses and IDs mirror each other, A's local being B's remote and
 * vice versa. A responder that accepts any peer ({@code %any}, a road-warrior server) pairs with
 * every client that points at it; a hub pairs with each spoke through the connection that names
 * that spoke. Explicit pairs of the configuration replace the automatic pairing of the
 * connections they name and add to it otherwise.
 *
 * <p>Each connection looks its candidates up in an {@link EndpointIndex} by address and ID, so
 * the cost grows with the number of connections times the candidates each one really has, not
 * with the square of the number of connections.
 */
public final class TunnelFinder {

  private TunnelFinder() {}

  /** The tunnels among the daemons' connections; automatic pairing needs at least two daemons. */
  public static PairingResult find(List<Daemon> daemons, PeerConfig config) {
    List<Endpoint> endpoints = endpoints(daemons);
    List<Tunnel> tunnels = new ArrayList<>();
    List<UnresolvedPair> unresolved = new ArrayList<>();
    Set<Integer> explicitlyPaired = new LinkedHashSet<>();
    Set<Integer> paired = new LinkedHashSet<>();
    ReferenceResolver resolver = new ReferenceResolver(endpoints, config.base());
    for (ExplicitPair pair : config.pairs()) {
      ReferenceResolver.Resolution left = resolver.resolve(pair.left());
      ReferenceResolver.Resolution right = resolver.resolve(pair.right());
      if (left.endpoint().isEmpty() || right.endpoint().isEmpty()) {
        unresolved.add(new UnresolvedPair(pair, left.endpoint().isEmpty() ? left.problem() : right.problem()));
      } else if (left.endpoint().get().daemon() == right.endpoint().get().daemon()) {
        unresolved.add(new UnresolvedPair(pair, "both '" + pair.left() + "' and '" + pair.right()
            + "' are on host '" + left.endpoint().get().peer().daemon().name() + "'; a tunnel joins two hosts"));
      } else {
        Endpoint a = left.endpoint().get();
        Endpoint b = right.endpoint().get();
        tunnels.add(new Tunnel(a.peer(), b.peer(), Tunnel.Origin.EXPLICIT));
        explicitlyPaired.add(a.order());
        explicitlyPaired.add(b.order());
      }
    }
    paired.addAll(explicitlyPaired);
    if (daemons.size() < 2) {
      return new PairingResult(tunnels, List.of(), unresolved);
    }
    for (long key : automaticPairs(endpoints, explicitlyPaired)) {
      Endpoint a = endpoints.get((int) (key >>> 32));
      Endpoint b = endpoints.get((int) key);
      tunnels.add(new Tunnel(a.peer(), b.peer(), Tunnel.Origin.AUTOMATIC));
      paired.add(a.order());
      paired.add(b.order());
    }
    List<Peer> unpaired = endpoints.stream()
        .filter(endpoint -> endpoint.isSiteToSite() && !paired.contains(endpoint.order()))
        .map(Endpoint::peer)
        .toList();
    return new PairingResult(tunnels, unpaired, unresolved);
  }

  private static List<Endpoint> endpoints(List<Daemon> daemons) {
    List<Endpoint> endpoints = new ArrayList<>();
    for (int d = 0; d < daemons.size(); d++) {
      Daemon daemon = daemons.get(d);
      List<Connection> connections = daemon.connections();
      Set<AddressKey> hostAddresses = new LinkedHashSet<>();
      connections.forEach(connection -> hostAddresses.addAll(Endpoint.exact(connection.local())));
      for (Connection connection : connections) {
        endpoints.add(Endpoint.of(new Peer(daemon, connection), endpoints.size(), d, Set.copyOf(hostAddresses)));
      }
    }
    return endpoints;
  }

  /**
   * Each connection's best candidate on every other daemon (among equals, the one whose subnets face
   * the seeker's, then the first in scan order),
   * as pairs of scan orders packed into a long, sorted.
   */
  private static Set<Long> automaticPairs(List<Endpoint> endpoints, Set<Integer> excluded) {
    EndpointIndex index = EndpointIndex.of(endpoints);
    HostAddresses hosts = HostAddresses.of(endpoints);
    Set<Long> pairs = new TreeSet<>();
    for (Endpoint seeker : endpoints) {
      if (excluded.contains(seeker.order())) {
        continue;
      }
      Map<Integer, Endpoint> best = new HashMap<>();
      Map<Integer, Integer> bestScore = new HashMap<>();
      for (Endpoint candidate : index.candidates(seeker)) {
        if (candidate.daemon() == seeker.daemon() || excluded.contains(candidate.order())) {
          continue;
        }
        OptionalInt score = Mirror.score(seeker, candidate, hosts);
        if (score.isEmpty()) {
          continue;
        }
        Integer previous = bestScore.get(candidate.daemon());
        if (previous == null || score.getAsInt() > previous
            || score.getAsInt() == previous && breaksTie(seeker, candidate, best.get(candidate.daemon()))) {
          best.put(candidate.daemon(), candidate);
          bestScore.put(candidate.daemon(), score.getAsInt());
        }
      }
      for (Endpoint other : best.values()) {
        int low = Math.min(seeker.order(), other.order());
        int high = Math.max(seeker.order(), other.order());
        pairs.add((long) low << 32 | high);
      }
    }
    return pairs;
  }

  /** Of two equally mirroring candidates, the one whose subnets face the seeker's, else the first in scan order. */
  private static boolean breaksTie(Endpoint seeker, Endpoint candidate, Endpoint incumbent) {
    int facing = FacingSubnets.score(seeker.peer().connection(), candidate.peer().connection());
    int incumbentFacing = FacingSubnets.score(seeker.peer().connection(), incumbent.peer().connection());
    return facing > incumbentFacing || facing == incumbentFacing && candidate.order() < incumbent.order();
  }
}
