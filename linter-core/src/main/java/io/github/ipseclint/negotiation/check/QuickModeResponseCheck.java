// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.negotiation.check;

import io.github.ipseclint.model.ipsec.Child;
import io.github.ipseclint.negotiation.exchange.Check;
import io.github.ipseclint.negotiation.exchange.CheckStatus;
import io.github.ipseclint.negotiation.exchange.Exchange;
import io.github.ipseclint.negotiation.outcome.Disagreement;
import io.github.ipseclint.negotiation.outcome.FailureClass;
import io.github.ipseclint.negotiation.outcome.Notify;
import io.github.ipseclint.negotiation.outcome.Phase;
import io.github.ipseclint.negotiation.selector.Selector;
import io.github.ipseclint.negotiation.selector.SelectorText;
import io.github.ipseclint.negotiation.selector.TsPair;
import java.util.List;
import java.util.Optional;

/**
 * IKEv1 Quick Mode, the initiator's check of the IDs in the answer (negotiation.md §8.3): charon
 * wants them inside what it proposed; pluto only logs a difference and installs its own
 * selectors. Both then install the IPsec SA.
 */
public final class QuickModeResponseCheck implements Check {

  @Override
  public CheckStatus apply(Exchange exchange) {
    Child mine = exchange.initiatorChild().orElseThrow();
    TsPair proposed = exchange.proposedTs().orElseThrow();
    TsPair returned = exchange.returnedTs().orElseThrow();
    exchange.mode(ModeCheck.requested(mine));
    boolean inside = within(returned.tsi(), proposed.tsi()) && within(returned.tsr(), proposed.tsr());
    if (exchange.initiator().isStrongswan() && !inside) {
      exchange.logInitiator("peer selected invalid traffic selectors: " + SelectorText.strongswan(returned.tsi()) + " for "
          + SelectorText.strongswan(proposed.tsi()) + ", " + SelectorText.strongswan(returned.tsr()) + " for "
          + SelectorText.strongswan(proposed.tsr()));
      exchange.fail(Phase.IKE_AUTH, QuickModeRefusal.QUICK_MODE, Optional.of(Notify.INVALID_ID_INFORMATION),
          new Disagreement(FailureClass.TS, Optional.of(mine.localTs().span()),
              exchange.responderChild().map(child -> child.remoteTs().span()),
              exchange.responder().label() + " answers with IDs outside those " + exchange.initiator().label() + " proposed"));
      return CheckStatus.STOP_CHILD;
    }
    ChildSaText.establishedQuickMode(exchange, false);
    if (!exchange.initiator().isStrongswan()) {
      questionable(exchange, "our", proposed.tsi(), returned.tsi());
      questionable(exchange, "peer", proposed.tsr(), returned.tsr());
      // pluto installs its own selectors, whatever the answer said.
      exchange.returnedTs(proposed);
    }
    TsPair agreed = exchange.returnedTs().orElseThrow();
    exchange.trafficSelectors(agreed.tsi().stream().map(Selector::asConfigured).toList(),
        agreed.tsr().stream().map(Selector::asConfigured).toList());
    ChildSaText.establishedQuickMode(exchange, true);
    return CheckStatus.CONTINUE;
  }

  private static void questionable(Exchange exchange, String whose, List<Selector> proposed, List<Selector> returned) {
    if (!proposed.get(0).sameAs(returned.get(0))) {
      exchange.logInitiator(whose + " client subnet returned doesn't match my proposal - us: "
          + SelectorText.libreswan5(proposed.get(0)) + " vs them: " + SelectorText.libreswan5(returned.get(0)));
      exchange.logInitiator("Allowing questionable (microsoft) proposal anyway");
    }
  }

  private static boolean within(List<Selector> returned, List<Selector> proposed) {
    return returned.stream().allMatch(r -> proposed.stream().anyMatch(r::within));
  }
}
