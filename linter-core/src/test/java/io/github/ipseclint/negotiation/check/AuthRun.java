// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.negotiation.check;

import io.github.ipseclint.negotiation.Peer;
import io.github.ipseclint.negotiation.Side;
import io.github.ipseclint.negotiation.exchange.Check;
import io.github.ipseclint.negotiation.exchange.CheckStatus;
import io.github.ipseclint.negotiation.exchange.Exchange;
import io.github.ipseclint.negotiation.outcome.LogLine;
import java.util.List;

/** The IKE_AUTH checks run in their procedure order on one exchange, left initiating. */
final class AuthRun {
  static final List<Check> CHECKS = List.of(new IkeAuthRequestCheck(), new PeerConfigSelectionCheck(),
      new InitiatorAuthenticationCheck(), new IkeAuthResponseCheck(), new ResponderAuthenticationCheck());

  final Exchange exchange;
  final CheckStatus status;

  private AuthRun(Exchange exchange, CheckStatus status) {
    this.exchange = exchange;
    this.status = status;
  }

  static AuthRun of(Peer initiator, Peer responder) {
    return of(new Exchange(initiator, responder, Side.LEFT));
  }

  static AuthRun of(Exchange exchange) {
    CheckStatus status = CheckStatus.CONTINUE;
    for (Check check : CHECKS) {
      status = check.apply(exchange);
      if (status != CheckStatus.CONTINUE) {
        break;
      }
    }
    return new AuthRun(exchange, status);
  }

  List<String> initiatorLog() {
    return exchange.initiatorLog().stream().map(LogLine::text).toList();
  }

  List<String> responderLog() {
    return exchange.responderLog().stream().map(LogLine::text).toList();
  }
}
