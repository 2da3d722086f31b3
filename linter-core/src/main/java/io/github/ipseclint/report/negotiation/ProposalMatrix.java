// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.report.negotiation;

import io.github.ipseclint.model.crypto.Proposal;
import io.github.ipseclint.negotiation.Peer;
import io.github.ipseclint.negotiation.Side;
import io.github.ipseclint.negotiation.SuiteText;
import io.github.ipseclint.negotiation.proposal.KeHandling;
import io.github.ipseclint.negotiation.proposal.ProposalMatch;
import io.github.ipseclint.negotiation.proposal.ProposalMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The shared proposal matrix of a tunnel, the table both network teams agree on: each end's IKE
 * and ESP/AH proposals in its daemon's order (defaults written out), the pairs of proposals the
 * two daemons can agree on, and what the simulation chose in each direction. Each pair is matched
 * with the real responder's rules both ways, because strongSwan and Libreswan treat absent and
 * {@code NONE} transforms differently (negotiation.md §3).
 *
 * <p>ESP/AH lists are compared as the CHILD SA of IKE_AUTH uses them, without key exchange. A
 * rekey's proposals are not the configured lists (Libreswan adds the IKE SA's group, strongSwan
 * 6.0.2 appends its methods; negotiation.md §7.2), so what a rekey does comes from the simulation.
 */
public record ProposalMatrix(SimulationInput input, List<Table> tables) {

  public ProposalMatrix {
    tables = List.copyOf(tables);
  }

  /**
   * One option compared: both ends' lists and, for each exchange that uses them, the pairs that match.
   *
   * @param title e.g. {@code IKE}, {@code ESP of child net / site}
   */
  public record Table(String title, ProposalList left, ProposalList right, List<Agreement> agreements) {

    public Table {
      agreements = List.copyOf(agreements);
    }
  }

  /**
   * The pairs of proposals that match in one kind of exchange.
   *
   * @param exchange e.g. {@code the CHILD SA created in IKE_AUTH (key exchange methods ignored)}
   */
  public record Agreement(String exchange, List<Common> common) {

    public Agreement {
      common = List.copyOf(common);
    }
  }

  /**
   * A left and a right proposal that agree on a suite in at least one direction.
   *
   * @param leftPosition 1-based, in the left end's list
   * @param rightSelects the suite the right daemon selects from the left proposal (left initiates)
   * @param leftSelects the suite the left daemon selects from the right proposal (right initiates)
   */
  public record Common(int leftPosition, int rightPosition, Optional<String> rightSelects,
      Optional<String> leftSelects) {}

  public static ProposalMatrix of(SimulationInput input) {
    Peer left = input.report().left();
    Peer right = input.report().right();
    List<Table> tables = new ArrayList<>();
    tables.add(new Table("IKE", input.left().ike(), input.right().ike(), List.of(
        agreement("IKE_SA_INIT and IKE SA rekeying", input.left().ike(), input.right().ike(), left, right,
            KeHandling.WITH_KE))));
    for (ChildView leftChild : input.left().children()) {
      for (ChildView rightChild : input.right().children()) {
        for (ProposalList leftList : leftChild.proposals()) {
          for (ProposalList rightList : rightChild.proposals()) {
            if (leftList.protocol() != rightList.protocol()) {
              continue;
            }
            tables.add(new Table(leftList.protocol() + " of child " + leftChild.name() + " / " + rightChild.name(),
                leftList, rightList, List.of(agreement("the CHILD SA created in IKE_AUTH (key exchange methods ignored)",
                    leftList, rightList, left, right, KeHandling.SKIP_KE))));
          }
        }
      }
    }
    return new ProposalMatrix(input, tables);
  }

  private static Agreement agreement(String exchange, ProposalList leftList, ProposalList rightList,
      Peer left, Peer right, KeHandling ke) {
    ProposalMatcher rightResponds = ProposalMatcher.forResponder(right, left);
    ProposalMatcher leftResponds = ProposalMatcher.forResponder(left, right);
    List<Common> common = new ArrayList<>();
    for (Offer leftOffer : leftList.offers()) {
      for (Offer rightOffer : rightList.offers()) {
        Optional<String> rightSelects = suite(rightResponds, leftOffer.proposal(), rightOffer.proposal(), ke);
        Optional<String> leftSelects = suite(leftResponds, rightOffer.proposal(), leftOffer.proposal(), ke);
        if (rightSelects.isPresent() || leftSelects.isPresent()) {
          common.add(new Common(leftOffer.position(), rightOffer.position(), rightSelects, leftSelects));
        }
      }
    }
    return new Agreement(exchange, common);
  }

  /** A refused proposal never takes part: the daemon does not load it. */
  private static Optional<String> suite(ProposalMatcher responder, Proposal received, Proposal configured,
      KeHandling ke) {
    if (!received.isValid() || !configured.isValid()) {
      return Optional.empty();
    }
    return responder.select(List.of(received), List.of(configured), ke).map(ProposalMatch::suite).map(SuiteText::of);
  }

  public EndView end(Side side) {
    return input.end(side);
  }
}
