// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.negotiation.check;

import io.github.ipseclint.model.ipsec.Child;
import io.github.ipseclint.model.ipsec.IpsecMode;
import io.github.ipseclint.negotiation.exchange.Check;
import io.github.ipseclint.negotiation.exchange.CheckStatus;
import io.github.ipseclint.negotiation.exchange.Exchange;
import io.github.ipseclint.negotiation.outcome.Disagreement;
import io.github.ipseclint.negotiation.outcome.FailureClass;
import io.github.ipseclint.negotiation.outcome.Notify;
import io.github.ipseclint.negotiation.selector.Selector;
import io.github.ipseclint.negotiation.selector.TsPair;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * C11: the mode the responder answers with (negotiation.md §9, §14.2 C11). strongSwan answers in
 * transport mode only when both ask for it and the selectors are host to host, and otherwise
 * silently in tunnel mode; Libreswan ignores a transport request when configured for tunnel mode
 * and refuses a tunnel request when configured for transport mode.
 */
public final class ModeCheck implements Check {

  @Override
  public CheckStatus apply(Exchange exchange) {
    Child mine = exchange.initiatorChild().orElseThrow();
    Child theirs = exchange.responderChild().orElseThrow();
    IpsecMode requested = requested(mine);
    IpsecMode configured = requested(theirs);
    if (exchange.responder().isStrongswan()) {
      boolean transport = requested == IpsecMode.TRANSPORT && configured == IpsecMode.TRANSPORT
          && hostToHost(exchange.returnedTs().orElseThrow());
      exchange.mode(transport ? IpsecMode.TRANSPORT : IpsecMode.TUNNEL);
      return CheckStatus.CONTINUE;
    }
    if (requested == IpsecMode.TRANSPORT && configured == IpsecMode.TUNNEL) {
      exchange.logResponder("policy dictates Tunnel Mode, ignoring peer's request for Transport Mode");
    } else if (requested == IpsecMode.TUNNEL && configured == IpsecMode.TRANSPORT) {
      exchange.logResponder("policy dictates Transport Mode, but peer requested Tunnel Mode");
      return ChildRefusal.byResponder(exchange, Notify.NO_PROPOSAL_CHOSEN, disagreement(exchange, mine, theirs));
    }
    exchange.mode(configured);
    return CheckStatus.CONTINUE;
  }

  /** Transport, or tunnel for every mode that is negotiated as a tunnel. */
  static IpsecMode requested(Child child) {
    return child.mode().value() == IpsecMode.TRANSPORT ? IpsecMode.TRANSPORT : IpsecMode.TUNNEL;
  }

  static Disagreement disagreement(Exchange exchange, Child initiatorChild, Child responderChild) {
    return new Disagreement(FailureClass.MODE, Optional.of(initiatorChild.mode().span()),
        Optional.of(responderChild.mode().span()),
        exchange.initiator().label() + " wants " + name(requested(initiatorChild)) + " mode and "
            + exchange.responder().label() + " " + name(requested(responderChild))
            + " mode; set the same mode (type= / mode =) on both ends");
  }

  static String name(IpsecMode mode) {
    return mode == IpsecMode.TRANSPORT ? "transport" : "tunnel";
  }

  private static boolean hostToHost(TsPair ts) {
    return Stream.concat(ts.tsi().stream(), ts.tsr().stream()).map(Selector::addresses)
        .allMatch(addresses -> addresses.prefixBits() == (addresses.isV6() ? 128 : 32));
  }
}
