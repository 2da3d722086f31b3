// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.negotiation.selector;

import java.util.ArrayList;
import java.util.List;

/**
 * How charon narrows its configured selectors of one side to those it received (negotiation.md
 * §8.1 step 2, and the initiator's check of the response): every non-empty intersection, the
 * configured order outer, without the selectors another one of the result already contains.
 */
public final class StrongswanNarrowing {

  private StrongswanNarrowing() {}

  public static List<Selector> narrow(List<Selector> configured, List<Selector> received) {
    List<Selector> subsets = new ArrayList<>();
    for (Selector mine : configured) {
      for (Selector theirs : received) {
        mine.intersect(theirs).ifPresent(subsets::add);
      }
    }
    List<Selector> result = new ArrayList<>();
    for (int i = 0; i < subsets.size(); i++) {
      if (!redundant(subsets, i)) {
        result.add(subsets.get(i));
      }
    }
    return result;
  }

  /** Contained in another selector of the list; of equal ones the first stays. */
  private static boolean redundant(List<Selector> subsets, int index) {
    Selector candidate = subsets.get(index);
    for (int other = 0; other < subsets.size(); other++) {
      Selector container = subsets.get(other);
      if (other != index && candidate.within(container) && (!container.within(candidate) || other < index)) {
        return true;
      }
    }
    return false;
  }
}
