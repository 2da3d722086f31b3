// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.model.crypto;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The proposals of one option in the daemon's order, including defaults it adds.
 *
 * @param strict true when an ipsec.conf list ends in {@code !} (no defaults appended); always
 *     true for swanctl and Libreswan, which never append
 */
public record ProposalSet(Protocol protocol, List<Proposal> proposals, boolean strict) {

  public ProposalSet {
    Objects.requireNonNull(protocol, "protocol");
    proposals = List.copyOf(proposals);
  }

  /** The proposals the daemon appends to a non-strict ipsec.conf list. */
  public List<Proposal> appendedDefaults() {
    return proposals.stream().filter(p -> p.origin() == ProposalOrigin.APPENDED_DEFAULT).toList();
  }

  /** True when the daemon would refuse one of the proposals (and with it the connection). */
  public boolean hasRejections() {
    return proposals.stream().anyMatch(p -> !p.isValid());
  }

  /** The canonical texts of all proposals, joined by {@code ", "}. */
  public String canonicalText() {
    return proposals.stream().map(Proposal::canonicalText).collect(Collectors.joining(", "));
  }
}
