// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.negotiation.check;

import io.github.ipseclint.model.crypto.IkeVersion;
import io.github.ipseclint.model.crypto.Proposal;
import io.github.ipseclint.model.crypto.ProposalSet;
import io.github.ipseclint.model.crypto.Transform;
import io.github.ipseclint.model.crypto.TransformType;
import io.github.ipseclint.model.ipsec.Child;
import io.github.ipseclint.model.ipsec.Configured;
import io.github.ipseclint.model.source.Span;
import io.github.ipseclint.negotiation.wording.LibreswanWording;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * pluto's check of the DH groups in {@code esp=}/{@code ah=} when PFS is on (negotiation.md §1.3):
 * either every proposal names a group or none does, and for IKEv2 the proposals must not start
 * with different groups, since a CHILD SA cannot be retried with another one. Only the first
 * group of each proposal counts: {@code modp2048+dh19} inside one proposal loads (4.10 run).
 * With {@code pfs=no} the groups were already dropped while reading.
 */
final class LibreswanPfsGroups {
  /** A refusal and the option that causes it. */
  record Problem(Span setting, String message) {}

  private final IkeVersion version;
  private final Child child;

  LibreswanPfsGroups(IkeVersion version, Child child) {
    this.version = version;
    this.child = child;
  }

  Optional<Problem> problem() {
    if (!child.pfs().map(Configured::value).orElse(true)) {
      return Optional.empty();
    }
    for (Configured<ProposalSet> set : child.proposals()) {
      Optional<Problem> problem = problem(set);
      if (problem.isPresent()) {
        return problem;
      }
    }
    return Optional.empty();
  }

  private Optional<Problem> problem(Configured<ProposalSet> set) {
    List<Transform> firstGroups = new ArrayList<>();
    boolean anyWithout = false;
    boolean anyWith = false;
    for (Proposal proposal : set.value().proposals()) {
      List<Transform> groups = proposal.of(TransformType.KE);
      if (groups.isEmpty()) {
        anyWithout = true;
        continue;
      }
      anyWith = true;
      Transform first = groups.get(0);
      if (!first.algorithm().isNone() && firstGroups.stream().noneMatch(first::sameAs)) {
        firstGroups.add(first);
      }
    }
    String protocol = set.value().protocol().name();
    if (version != IkeVersion.IKEV1 && firstGroups.size() > 1) {
      return Optional.of(new Problem(set.span(), "more than one IKEv2 " + protocol + " DH algorithm ("
          + LibreswanWording.group(firstGroups.get(0)) + ", " + LibreswanWording.group(firstGroups.get(1))
          + ") requires unimplemented CHILD_SA INVALID_KE"));
    }
    if (anyWith && anyWithout) {
      return Optional.of(new Problem(set.span(), "either all or no " + protocol + " proposals should specify DH"));
    }
    return Optional.empty();
  }
}
