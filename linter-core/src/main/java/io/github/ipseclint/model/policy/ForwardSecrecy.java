// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.model.policy;

import io.github.ipseclint.model.crypto.Proposal;
import io.github.ipseclint.model.crypto.Transform;
import io.github.ipseclint.model.crypto.TransformType;
import java.util.List;
import java.util.Optional;

/**
 * Whether a CHILD SA's rekeys get a fresh key exchange (algorithms.md §5 N5, N6). strongSwan does
 * PFS exactly when the ESP/AH proposal has a KE method; a proposal without one (or with
 * {@code none}) lets the peer choose no PFS. Libreswan uses {@code pfs=} (the IKE group when the
 * ESP proposal names none).
 */
public final class ForwardSecrecy {
  private ForwardSecrecy() {}

  /**
   * @param proposals the valid ESP/AH proposals of the child, in the daemon's order
   * @param pfs Libreswan's {@code pfs=}; empty for strongSwan
   * @return {@link Condition#NO_PFS}, {@link Condition#OPTIONAL_PFS} or empty when PFS is enforced
   */
  public static Optional<Condition> of(List<Proposal> proposals, Optional<Boolean> pfs) {
    if (pfs.isPresent()) {
      return pfs.get() ? Optional.empty() : Optional.of(Condition.NO_PFS);
    }
    if (proposals.isEmpty()) {
      return Optional.empty();
    }
    long withKe = proposals.stream().filter(ForwardSecrecy::requiresKe).count();
    if (withKe == proposals.size()) {
      return Optional.empty();
    }
    boolean anyKe = proposals.stream().anyMatch(p -> !p.of(TransformType.KE).isEmpty());
    return Optional.of(anyKe ? Condition.OPTIONAL_PFS : Condition.NO_PFS);
  }

  /** A KE method and no {@code none} beside it. */
  public static boolean requiresKe(Proposal proposal) {
    List<Transform> groups = proposal.of(TransformType.KE);
    return !groups.isEmpty() && groups.stream().noneMatch(t -> t.algorithm().isNone());
  }
}
