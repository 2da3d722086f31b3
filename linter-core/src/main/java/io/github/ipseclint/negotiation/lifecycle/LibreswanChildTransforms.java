// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.negotiation.lifecycle;

import io.github.ipseclint.model.crypto.Algorithm;
import io.github.ipseclint.model.crypto.Origin;
import io.github.ipseclint.model.crypto.Proposal;
import io.github.ipseclint.model.crypto.Transform;
import io.github.ipseclint.model.crypto.TransformType;
import io.github.ipseclint.model.source.Span;
import io.github.ipseclint.model.target.Implementation;
import io.github.ipseclint.parse.crypto.BundledCatalog;
import java.util.ArrayList;
import java.util.List;

/**
 * The key exchange transforms pluto puts into CHILD proposals on its own (negotiation.md §4.2,
 * §7.2): the group of a rekey, and the KE {@code NONE} that stands for "no PFS" (never sent). The
 * ESN transforms of {@code esn=} are in the model's proposals already.
 */
final class LibreswanChildTransforms {
  private static final Algorithm KE_NONE = BundledCatalog.CATALOG
      .lookup(Implementation.LIBRESWAN, "none", TransformType.KE).orElseThrow();

  private LibreswanChildTransforms() {}

  /** The proposal with its key exchange methods replaced by one (or by {@code NONE}). */
  static Proposal withKeyExchange(Proposal proposal, Transform method) {
    List<Transform> transforms = new ArrayList<>(proposal.transforms().stream()
        .filter(t -> t.type() != TransformType.KE).toList());
    transforms.add(method.as(TransformType.KE));
    return new Proposal(proposal.protocol(), transforms, proposal.origin(), proposal.span(), proposal.rejection());
  }

  static Proposal withoutPfs(Proposal proposal, Span setting) {
    return withKeyExchange(proposal, new Transform(TransformType.KE, KE_NONE, List.of(), Origin.DEFAULT, setting));
  }

  /** The proposal as sent: {@code NONE} is never emitted. */
  static Proposal onTheWire(Proposal proposal) {
    List<Transform> transforms = proposal.transforms().stream()
        .filter(t -> t.type() != TransformType.KE || !t.algorithm().isNone()).toList();
    return new Proposal(proposal.protocol(), transforms, proposal.origin(), proposal.span(), proposal.rejection());
  }
}
