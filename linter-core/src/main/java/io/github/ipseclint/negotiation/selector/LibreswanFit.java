// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.negotiation.selector;

import io.github.ipseclint.model.ipsec.PortRange;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * pluto's three ways a configured selector (its "end") may fit a received traffic selector
 * (negotiation.md §8.2), each with the selector the CHILD SA then uses.
 */
public enum LibreswanFit {
  /** Addresses, protocol and ports identical: {@code narrowing=no}, both roles. */
  EQUALS {
    @Override
    public Optional<Selector> fit(Selector end, Selector ts) {
      return end.sameAs(ts) ? Optional.of(end) : Optional.empty();
    }
  },
  /** The end lies inside the TS: a rekey must contain the existing selectors. */
  END_NARROWER {
    @Override
    public Optional<Selector> fit(Selector end, Selector ts) {
      boolean fits = end.addresses().within(ts.addresses())
          && (ts.protocol() == 0 || ts.protocol() == end.protocol())
          && ts.ports().from() <= end.ports().from() && end.ports().to() <= ts.ports().to();
      return fits ? Optional.of(end) : Optional.empty();
    }
  },
  /**
   * The TS lies inside the end: {@code narrowing=yes} (a template's instance takes the TS, an
   * initiator accepts the responder's narrowing). Ports only as Libreswan can write them: equal,
   * or one port inside "all".
   */
  END_WIDER {
    @Override
    public Optional<Selector> fit(Selector end, Selector ts) {
      boolean ports = ts.ports().equals(end.ports()) || end.ports().equals(PortRange.ANY) && ts.hasSinglePort();
      boolean fits = ts.addresses().within(end.addresses())
          && (end.protocol() == 0 || end.protocol() == ts.protocol())
          && ports;
      return fits ? Optional.of(ts) : Optional.empty();
    }
  };

  /** The selector the SA uses when {@code end} fits {@code ts}; empty when it does not. */
  public abstract Optional<Selector> fit(Selector end, Selector ts);

  /** The rule an end applies: pluto narrows only with {@code narrowing=yes}. */
  public static LibreswanFit forNarrowing(boolean narrowing) {
    return narrowing ? END_WIDER : EQUALS;
  }

  /**
   * One side of a TS exchange: every configured selector against every received one; the side
   * fits when at least one pair does, and the SA takes every selector a pair yields, in the
   * configured order.
   */
  public List<Selector> fitAll(List<Selector> ends, List<Selector> received) {
    List<Selector> fitted = new ArrayList<>();
    for (Selector end : ends) {
      for (Selector ts : received) {
        fit(end, ts).filter(selector -> fitted.stream().noneMatch(selector::sameAs)).ifPresent(fitted::add);
      }
    }
    return fitted;
  }
}
