// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.negotiation.lifecycle;

import io.github.ipseclint.model.crypto.Proposal;
import io.github.ipseclint.model.crypto.Transform;
import io.github.ipseclint.model.crypto.TransformType;
import io.github.ipseclint.model.ipsec.Child;
import io.github.ipseclint.model.source.Span;
import io.github.ipseclint.negotiation.Peer;
import java.util.List;

/**
 * What one end proposes and accepts in CREATE_CHILD_SA (negotiation.md §7.2, §7.3): unlike
 * IKE_AUTH, key exchange methods take part, and each implementation builds its rekey proposals
 * its own way.
 */
sealed interface RekeyProposals permits StrongswanRekeyProposals, LibreswanRekeyProposals {

  static RekeyProposals of(Peer peer, Child child) {
    return peer.isStrongswan()
        ? new StrongswanRekeyProposals(child)
        : new LibreswanRekeyProposals(child, peer.bucket());
  }

  /** The proposals and KE payload this end sends as initiator. */
  CreateChildOffer offer(ChildSa sa, CreateChildPurpose purpose);

  /** The proposals this end matches a peer's offer against as responder, in its order. */
  List<Proposal> accepted(ChildSa sa, CreateChildPurpose purpose);

  /** The setting that decides this end's PFS: the ESP proposals, or Libreswan's {@code pfs=}. */
  Span pfsSetting();

  /** How this end's PFS policy reads in an explanation ({@code pfs=no}, {@code ESP proposals without a key exchange}). */
  String describePolicy(ChildSa sa, CreateChildPurpose purpose);

  /** The key exchange methods a proposal lists, {@code NONE} included. */
  static List<Transform> keyExchanges(Proposal proposal) {
    return proposal.of(TransformType.KE);
  }
}
