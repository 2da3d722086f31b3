// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.report.negotiation;

import io.github.ipseclint.model.ipsec.Child;
import io.github.ipseclint.model.ipsec.Configured;
import io.github.ipseclint.model.ipsec.TrafficSelector;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * One CHILD config of an end as the reports show it.
 *
 * @param proposals the ESP and/or AH lists, defaults in place
 * @param pfs Libreswan's {@code pfs=}, marked when defaulted; empty for strongSwan (a KE method in
 *     the ESP proposals is its PFS)
 */
public record ChildView(
    String name,
    List<ProposalList> proposals,
    String localTs,
    String remoteTs,
    String mode,
    String startAction,
    Optional<String> pfs) {

  public ChildView {
    proposals = List.copyOf(proposals);
  }

  public static ChildView of(Child child) {
    return new ChildView(child.name(),
        child.proposals().stream().map(ProposalList::of).toList(),
        selectors(child.localTs()), selectors(child.remoteTs()),
        EndView.marked(child.mode(), lower(child.mode().value())),
        EndView.marked(child.startAction(), lower(child.startAction().value())),
        child.pfs().map(pfs -> EndView.marked(pfs, pfs.value() ? "yes" : "no")));
  }

  private static String selectors(Configured<List<TrafficSelector>> selectors) {
    return EndView.marked(selectors,
        selectors.value().stream().map(TrafficSelector::toString).collect(Collectors.joining(",")));
  }

  private static String lower(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
