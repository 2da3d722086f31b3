// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.negotiation.selector;

import io.github.ipseclint.model.ipsec.Child;
import io.github.ipseclint.model.ipsec.Configured;
import io.github.ipseclint.model.ipsec.Connection;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * pluto as responder (negotiation.md §8.2): among the connections with the IKE SA's address pair
 * and compatible IDs, the one whose selectors fit best; {@code narrowing=no} demands equal
 * selectors, {@code narrowing=yes} (a template) takes proposed selectors that lie inside its own.
 */
public final class LibreswanChildSelector {

  private LibreswanChildSelector() {}

  /** @param candidates the IKE SA's connection first, then the others that share its peer */
  public static ChildSelection select(List<Connection> candidates, TsPair proposed, Endpoints endpoints) {
    return select(candidates, proposed, endpoints, List.of(endpoints.initiatorHost()),
        child -> LibreswanFit.forNarrowing(narrows(child)));
  }

  /**
   * IKEv1 Quick Mode (negotiation.md §8.3): the proposed IDs must equal a connection's subnets,
   * whatever {@code narrowing=} says.
   *
   * @param peerClient what a connection without a subnet for its peer stands for: the address
   *     Mode Config leased the peer, else the peer's own address
   */
  public static ChildSelection selectExact(List<Connection> candidates, TsPair proposed, Endpoints endpoints,
      List<SelectorAddresses> peerClient) {
    return select(candidates, proposed, endpoints, peerClient, child -> LibreswanFit.EQUALS);
  }

  private static ChildSelection select(List<Connection> candidates, TsPair proposed, Endpoints endpoints,
      List<SelectorAddresses> peerClient, Function<Child, LibreswanFit> rules) {
    Optional<ChildSelection.Selected> best = Optional.empty();
    int bestScore = -1;
    for (Connection connection : candidates) {
      for (Child child : connection.children()) {
        LibreswanFit rule = rules.apply(child);
        List<Selector> tsr = rule.fitAll(
            ConfiguredSelectors.resolve(child.localTs().value(), List.of(endpoints.responderHost())), proposed.tsr());
        List<Selector> tsi = rule.fitAll(
            ConfiguredSelectors.resolve(child.remoteTs().value(), peerClient), proposed.tsi());
        int score = score(tsi) + score(tsr);
        if (!tsi.isEmpty() && !tsr.isEmpty() && score > bestScore) {
          best = Optional.of(new ChildSelection.Selected(connection, child, new TsPair(tsi, tsr)));
          bestScore = score;
        }
      }
    }
    return best.<ChildSelection>map(selected -> selected)
        .orElseGet(() -> new ChildSelection.Refused(ChildSelection.Reason.NO_CONFIG));
  }

  /** {@code narrowing=} as the model holds it; a strongSwan child never reaches here. */
  public static boolean narrows(Child child) {
    return child.narrowing().map(Configured::value).orElse(false);
  }

  /** pluto prefers the fit with the longest prefixes, then with protocol and port restrictions. */
  private static int score(List<Selector> fitted) {
    int score = 0;
    for (Selector selector : fitted) {
      score += selector.addresses().prefixBits() * 4 + (selector.protocol() != 0 ? 2 : 0)
          + (selector.hasSinglePort() ? 1 : 0);
    }
    return score;
  }
}
