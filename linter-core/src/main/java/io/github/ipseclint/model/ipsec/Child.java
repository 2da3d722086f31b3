// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.model.ipsec;

import io.github.ipseclint.model.crypto.ProposalSet;
import io.github.ipseclint.model.source.Span;
import java.util.List;
import java.util.Optional;

/**
 * A CHILD SA configuration (negotiation.md §1.1 "Child"). An ipsec.conf conn has exactly one,
 * named like the conn.
 *
 * @param proposals the ESP and/or AH proposal sets the daemon offers, in its order
 * @param pfs Libreswan's {@code pfs=}; strongSwan has no such switch (a KE method in the ESP
 *     proposals is PFS)
 * @param narrowing Libreswan's {@code narrowing=}: whether the end accepts traffic selectors that
 *     differ from its own (negotiation.md §8.2); no by default, 5.x yes when either end has an
 *     address pool. Empty for strongSwan, which always narrows
 */
public record Child(
    String name,
    Span span,
    Configured<List<TrafficSelector>> localTs,
    Configured<List<TrafficSelector>> remoteTs,
    Configured<IpsecMode> mode,
    List<Configured<ProposalSet>> proposals,
    Optional<Configured<Boolean>> pfs,
    ChildLifetimes lifetimes,
    Configured<Boolean> rekey,
    Configured<StartAction> startAction,
    Configured<ChildAction> closeAction,
    Configured<ChildAction> dpdAction,
    Optional<Configured<Boolean>> narrowing) {

  public Child {
    proposals = List.copyOf(proposals);
  }
}
