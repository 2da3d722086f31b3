// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.rules.crypto;

import io.github.ipseclint.model.crypto.ProposalSet;
import io.github.ipseclint.model.ipsec.Child;
import io.github.ipseclint.model.ipsec.Configured;
import io.github.ipseclint.model.ipsec.Connection;
import io.github.ipseclint.model.ipsec.Provenance;
import java.util.ArrayList;
import java.util.List;

/** The IKE proposal set and every child's ESP/AH sets of a connection. */
final class ProposalSets {
  private ProposalSets() {}

  static List<Configured<ProposalSet>> of(Connection connection) {
    List<Configured<ProposalSet>> sets = new ArrayList<>();
    sets.add(connection.ikeProposals());
    for (Child child : connection.children()) {
      sets.addAll(child.proposals());
    }
    return sets;
  }

  /** " (inherited from conn %default)" and the like, for values set in another section. */
  static String inherited(Configured<?> value) {
    Provenance provenance = value.provenance();
    switch (provenance.kind()) {
      case INHERITED_DEFAULT:
        return " (set in conn %default)";
      case INHERITED_ALSO:
      case INHERITED_REFERENCE:
        return " (inherited from " + provenance.label() + ")";
      default:
        return "";
    }
  }
}
