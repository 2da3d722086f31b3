// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.parse.model;

import io.github.ipseclint.model.crypto.Origin;
import io.github.ipseclint.model.crypto.Proposal;
import io.github.ipseclint.model.crypto.ProposalSet;
import io.github.ipseclint.model.crypto.Transform;
import io.github.ipseclint.model.crypto.TransformType;
import io.github.ipseclint.model.ipsec.Configured;
import io.github.ipseclint.model.target.Implementation;
import io.github.ipseclint.parse.crypto.BundledCatalog;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Libreswan's {@code esn=} as the ESN transforms of every ESP/AH proposal. pluto keeps ESN as a
 * connection option and adds the transforms when it builds each proposal (ESN YES before NO for
 * {@code either}, the default); the model folds them into the proposals (negotiation.md §1.1) so
 * that they match strongSwan's {@code esn}/{@code noesn} like any other transform type (§3.1).
 */
final class PlutoEsn {
  /** The transforms' IANA names, in the order pluto appends them. */
  private enum Choice {
    YES("EXT_SEQ"),
    NO("NO_EXT_SEQ"),
    EITHER("EXT_SEQ", "NO_EXT_SEQ");

    private final List<String> ianaNames;

    Choice(String... ianaNames) {
      this.ianaNames = List.of(ianaNames);
    }
  }

  /** The words of the keyword table's {@code esn} row. */
  private static final ValueType<Choice> ESN = Scalars.choice(Map.of(
      "yes", Choice.YES, "true", Choice.YES, "on", Choice.YES, "y", Choice.YES,
      "no", Choice.NO, "false", Choice.NO, "off", Choice.NO, "n", Choice.NO,
      "either", Choice.EITHER), false);

  private PlutoEsn() {}

  /**
   * The set with ESN transforms, pointing at {@code esn=} (or the conn header by default), added
   * to each proposal that names none itself (5.4 can write {@code sn=} in the proposal).
   */
  static Configured<ProposalSet> fold(Configured<ProposalSet> set, OptionReader reader) {
    Configured<Choice> esn = reader.read(ESN, Choice.EITHER, "esn");
    List<Proposal> folded = new ArrayList<>();
    for (Proposal proposal : set.value().proposals()) {
      folded.add(proposal.of(TransformType.ESN).isEmpty() ? withEsn(proposal, esn) : proposal);
    }
    return set.map(value -> new ProposalSet(value.protocol(), folded, value.strict()));
  }

  private static Proposal withEsn(Proposal proposal, Configured<Choice> esn) {
    List<Transform> transforms = new ArrayList<>(proposal.transforms());
    Origin origin = esn.isDefault() ? Origin.DEFAULT : Origin.EXPLICIT;
    for (String name : esn.value().ianaNames) {
      BundledCatalog.CATALOG.byIanaName(Implementation.LIBRESWAN, TransformType.ESN, name)
          .ifPresent(algorithm -> transforms.add(
              new Transform(TransformType.ESN, algorithm, List.of(), origin, esn.span())));
    }
    return new Proposal(proposal.protocol(), transforms, proposal.origin(), proposal.span(), proposal.rejection());
  }
}
