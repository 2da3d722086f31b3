// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.report.negotiation;

import io.github.ipseclint.model.crypto.Protocol;
import io.github.ipseclint.model.crypto.Proposal;
import io.github.ipseclint.model.crypto.ProposalSet;
import io.github.ipseclint.model.ipsec.Configured;
import java.util.ArrayList;
import java.util.List;

/**
 * The proposals of one option of one end, numbered in the daemon's order, with the daemon's
 * defaults in place so that the reader sees what is really sent.
 *
 * @param omitted true when the option is not written at all and the whole list is the daemon's default
 */
public record ProposalList(Protocol protocol, List<Offer> offers, boolean omitted) {

  public ProposalList {
    offers = List.copyOf(offers);
  }

  public static ProposalList of(Configured<ProposalSet> set) {
    List<Offer> offers = new ArrayList<>();
    for (Proposal proposal : set.value().proposals()) {
      offers.add(new Offer(offers.size() + 1, proposal));
    }
    return new ProposalList(set.value().protocol(), offers, set.isDefault());
  }

  public List<Proposal> proposals() {
    return offers.stream().map(Offer::proposal).toList();
  }
}
