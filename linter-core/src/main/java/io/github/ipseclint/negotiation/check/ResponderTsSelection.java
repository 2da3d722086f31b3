// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.negotiation.check;

import io.github.ipseclint.model.ipsec.Child;
import io.github.ipseclint.model.ipsec.Connection;
import io.github.ipseclint.model.ipsec.StartAction;
import io.github.ipseclint.negotiation.exchange.Exchange;
import io.github.ipseclint.negotiation.selector.ChildSelection;
import io.github.ipseclint.negotiation.selector.LibreswanChildSelector;
import io.github.ipseclint.negotiation.selector.ProposedSelectors;
import io.github.ipseclint.negotiation.selector.SelectorAddresses;
import io.github.ipseclint.negotiation.selector.SelectorText;
import io.github.ipseclint.negotiation.selector.StrongswanChildSelector;
import io.github.ipseclint.negotiation.selector.StrongswanPeerConfig;
import io.github.ipseclint.negotiation.selector.TsPair;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The responder's choice of a CHILD config by the proposed traffic selectors (negotiation.md
 * §14.2 C9). The CP check (C8) consults it too: a strongSwan responder that refuses the CP still
 * looks for a CHILD config, and what it finds decides which lines it logs.
 */
final class ResponderTsSelection {

  private ResponderTsSelection() {}

  /** The initiator's CHILD config: the one that starts the tunnel, else the first; empty without any. */
  static Optional<Child> initiatorChild(Exchange exchange) {
    if (exchange.initiatorChild().isEmpty()) {
      List<Child> children = exchange.initiator().connection().children();
      children.stream().filter(child -> child.startAction().value() != StartAction.NONE
              && child.startAction().value() != StartAction.IGNORE)
          .findFirst().or(() -> children.stream().findFirst())
          .ifPresent(exchange::initiatorChild);
    }
    return exchange.initiatorChild();
  }

  /** TSi and TSr as the initiator sends them, recorded in the exchange. */
  static TsPair proposed(Exchange exchange, Child child) {
    if (exchange.proposedTs().isEmpty()) {
      exchange.proposedTs(ProposedSelectors.of(exchange.initiator().connection(), child, exchange.endpoints()));
    }
    return exchange.proposedTs().orElseThrow();
  }

  static ChildSelection select(Exchange exchange, TsPair proposed) {
    Connection selected = exchange.responderConnection();
    if (exchange.responder().isStrongswan()) {
      return StrongswanChildSelector.select(
          StrongswanPeerConfig.children(selected, exchange.responder().daemon().peerConfigs()),
          proposed, exchange.endpoints(), peerDynamic(exchange));
    }
    List<Connection> candidates = new ArrayList<>(List.of(selected));
    exchange.responderCandidates().stream().filter(c -> c != selected).forEach(candidates::add);
    return LibreswanChildSelector.select(candidates, proposed, exchange.endpoints());
  }

  /**
   * What the responder's remote {@code dynamic} selector stands for in this exchange: for pluto
   * the address it leased the peer (the instance's client), else the peer's address.
   */
  static List<SelectorAddresses> peerDynamic(Exchange exchange) {
    if (exchange.responder().isStrongswan()) {
      return StrongswanChildSelector.peerDynamic(exchange.endpoints(), exchange.virtualIps(),
          !exchange.responderConnection().pools().value().isEmpty());
    }
    return exchange.virtualIps().isEmpty() ? List.of(exchange.endpoints().initiatorHost()) : exchange.virtualIps();
  }

  /** What the responder logs when it refuses the proposed selectors (negotiation.md §13.2). */
  static void logRefusal(Exchange exchange, ChildSelection.Refused refusal, TsPair proposed) {
    if (!exchange.responder().isStrongswan()) {
      boolean four = !exchange.responder().bucket().isAtLeast(io.github.ipseclint.model.target.VersionBucket.LS5);
      exchange.logResponder((four ? "No" : "no") + " IKEv2 connection found with compatible Traffic Selectors");
    } else if (refusal.reason() == ChildSelection.Reason.NO_CONFIG) {
      exchange.logResponder("traffic selectors " + SelectorText.strongswan(proposed.tsr()) + " === "
          + SelectorText.strongswan(proposed.tsi()) + " unacceptable");
    } else {
      exchange.logResponder("no acceptable traffic selectors found");
    }
  }
}
