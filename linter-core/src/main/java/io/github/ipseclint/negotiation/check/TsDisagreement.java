// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.negotiation.check;

import io.github.ipseclint.model.ipsec.Child;
import io.github.ipseclint.model.ipsec.Configured;
import io.github.ipseclint.model.ipsec.TrafficSelector;
import io.github.ipseclint.negotiation.Peer;
import io.github.ipseclint.negotiation.outcome.Disagreement;
import io.github.ipseclint.negotiation.outcome.FailureClass;
import io.github.ipseclint.negotiation.selector.Selector;
import io.github.ipseclint.negotiation.selector.SelectorText;
import java.util.List;
import java.util.Optional;

/**
 * A traffic selector disagreement, pointing at the selector settings of the side that does not
 * fit ({@code local_ts}/{@code leftsubnet} of one end, {@code remote_ts}/{@code rightsubnet} of
 * the other); the responder may have no CHILD config to point at.
 *
 * @param initiatorSide true when the initiator's own traffic (TSi) is the side that does not fit
 */
record TsDisagreement(Peer initiator, Child initiatorChild, Peer responder, Optional<Child> responderChild,
    boolean initiatorSide) {

  /**
   * @param proposed what the checking end received, from the initiator's point of view
   * @param accepted what the checking end accepts for the same side, in its own settings' terms
   * @param rule how the checking end compares, e.g. "Libreswan with narrowing=no accepts only equal selectors"
   */
  Disagreement disagreement(List<Selector> proposed, List<Selector> accepted, String rule) {
    Configured<List<TrafficSelector>> mine = initiatorSide ? initiatorChild.localTs() : initiatorChild.remoteTs();
    Optional<Configured<List<TrafficSelector>>> theirs =
        responderChild.map(child -> initiatorSide ? child.remoteTs() : child.localTs());
    String side = initiatorSide ? "the initiator's traffic (TSi)" : "the responder's traffic (TSr)";
    String acceptedText = accepted.isEmpty() ? "nothing" : SelectorText.strongswan(accepted);
    return new Disagreement(FailureClass.TS, Optional.of(mine.span()), theirs.map(Configured::span),
        "for " + side + " " + initiator.label() + " has " + SelectorText.strongswan(proposed) + " and "
            + responder.label() + " has " + acceptedText + "; " + rule);
  }
}
