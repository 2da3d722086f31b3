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
 * The transforms pluto puts into CHILD proposals on its own (negotiation.md §4.2, §7.2): the KE
 * {@code NONE} that stands for "no PFS" (never sent), and the ESN list of {@code esn=either}, the
 * default, for a proposal whose model carries no ESN transform.
 */
final class LibreswanChildTransforms {
  private static final Algorithm KE_NONE = BundledCatalog.CATALOG
      .lookup(Implementation.LIBRESWAN, "none", TransformType.KE).orElseThrow();
  private static final List<Algorithm> ESN_EITHER = List.of(
      BundledCatalog.CATALOG.byIanaName(Implementation.STRONGSWAN, TransformType.ESN, "EXT_SEQ").orElseThrow(),
      BundledCatalog.CATALOG.byIanaName(Implementation.STRONGSWAN, TransformType.ESN, "NO_EXT_SEQ").orElseThrow());

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

  /** {@code esn=either} (YES, then NO) for a proposal that has no ESN transform. */
  static Proposal withEsn(Proposal proposal) {
    if (!proposal.of(TransformType.ESN).isEmpty()) {
      return proposal;
    }
    List<Transform> transforms = new ArrayList<>(proposal.transforms());
    ESN_EITHER.forEach(esn -> transforms.add(new Transform(TransformType.ESN, esn, List.of(), Origin.DEFAULT, proposal.span())));
    return new Proposal(proposal.protocol(), transforms, proposal.origin(), proposal.span(), proposal.rejection());
  }
}
