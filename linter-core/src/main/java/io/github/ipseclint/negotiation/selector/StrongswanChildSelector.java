// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.negotiation.selector;

import java.util.List;
import java.util.Optional;

/**
 * charon as responder (negotiation.md §8.1): the best scoring CHILD config of the selected peer
 * config, then its selectors narrowed to the proposed ones.
 */
public final class StrongswanChildSelector {

  private StrongswanChildSelector() {}

  /**
   * @param members the CHILD configs of the peer config picked in IKE_AUTH
   * @param remoteDynamic what a remote {@code dynamic} stands for: see {@link #peerDynamic}
   */
  public static ChildSelection select(List<StrongswanPeerConfig.Member> members, TsPair proposed, Endpoints endpoints,
      List<SelectorAddresses> remoteDynamic) {
    Optional<StrongswanPeerConfig.Member> best = Optional.empty();
    int bestScore = 0;
    for (StrongswanPeerConfig.Member member : members) {
      List<Selector> local = ConfiguredSelectors.resolve(member.child().localTs().value(), List.of(endpoints.responderHost()));
      List<Selector> remote = ConfiguredSelectors.resolve(member.child().remoteTs().value(), remoteDynamic);
      int localScore = score(local, proposed.tsr());
      int remoteScore = score(remote, proposed.tsi());
      if (localScore > 0 && remoteScore > 0 && localScore + remoteScore > bestScore) {
        best = Optional.of(member);
        bestScore = localScore + remoteScore;
      }
    }
    if (best.isEmpty()) {
      return new ChildSelection.Refused(ChildSelection.Reason.NO_CONFIG);
    }
    StrongswanPeerConfig.Member chosen = best.get();
    List<Selector> tsr = StrongswanNarrowing.narrow(
        ConfiguredSelectors.resolve(chosen.child().localTs().value(), List.of(endpoints.responderHost())), proposed.tsr());
    List<Selector> tsi = StrongswanNarrowing.narrow(
        ConfiguredSelectors.resolve(chosen.child().remoteTs().value(), remoteDynamic), proposed.tsi());
    if (tsi.isEmpty() || tsr.isEmpty()) {
      return new ChildSelection.Refused(ChildSelection.Reason.NOTHING_IN_COMMON);
    }
    return new ChildSelection.Selected(chosen.connection(), chosen.child(), new TsPair(tsi, tsr));
  }

  /**
   * charon's remote {@code dynamic}: the virtual IPs it assigned the peer, else the peer's
   * address, but nothing when the peer config has pools (the peer should have asked for one).
   */
  public static List<SelectorAddresses> peerDynamic(Endpoints endpoints, List<SelectorAddresses> peerVirtualIps,
      boolean peerConfigHasPools) {
    if (!peerVirtualIps.isEmpty()) {
      return peerVirtualIps;
    }
    return peerConfigHasPools ? List.of() : List.of(endpoints.initiatorHost());
  }

  /**
   * A received selector equal to a configured one scores 5, an overlapping one 1, each weighted
   * by how early it was received; 0 means the side does not match at all.
   */
  private static int score(List<Selector> configured, List<Selector> received) {
    int score = 0;
    for (Selector mine : configured) {
      for (int i = 0; i < received.size(); i++) {
        Selector theirs = received.get(i);
        int weight = received.size() - i;
        if (mine.sameAs(theirs)) {
          score += 5 * weight;
        } else if (mine.intersect(theirs).isPresent()) {
          score += weight;
        }
      }
    }
    return score;
  }
}
