// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.negotiation.check;

import io.github.ipseclint.model.crypto.IkeVersion;
import io.github.ipseclint.negotiation.Peer;
import io.github.ipseclint.negotiation.Side;
import io.github.ipseclint.negotiation.exchange.Check;
import io.github.ipseclint.negotiation.exchange.CheckStatus;
import io.github.ipseclint.negotiation.exchange.Exchange;
import io.github.ipseclint.negotiation.outcome.LogLine;
import java.util.List;

/**
 * Runs the CHILD SA checks (C8-C12, or Mode Config and Quick Mode) on an exchange whose IKE SA is taken as
 * established with the paired connections, so that a test sees only what these checks decide.
 */
final class ChildSetup {
  static final List<Check> IKEV2 = List.of(new ConfigPayloadCheck(), new TrafficSelectorCheck(),
      new ChildProposalCheck(), new ModeCheck(), new ChildResponseCheck());
  static final List<Check> IKEV1 = List.of(new ModeConfigCheck(), new QuickModeIdCheck(), new QuickModeProposalCheck(),
      new QuickModeResponseCheck());

  final Exchange exchange;
  final CheckStatus status;

  private ChildSetup(Exchange exchange, CheckStatus status) {
    this.exchange = exchange;
    this.status = status;
  }

  static ChildSetup ikev2(Peer initiator, Peer responder) {
    return run(new Exchange(initiator, responder, Side.LEFT), IKEV2);
  }

  static ChildSetup ikev1(Peer initiator, Peer responder) {
    Exchange exchange = new Exchange(initiator, responder, Side.LEFT);
    exchange.ikeVersion(IkeVersion.IKEV1);
    return run(exchange, IKEV1);
  }

  private static ChildSetup run(Exchange exchange, List<Check> checks) {
    for (Check check : checks) {
      CheckStatus status = check.apply(exchange);
      if (status != CheckStatus.CONTINUE) {
        return new ChildSetup(exchange, status);
      }
    }
    return new ChildSetup(exchange, CheckStatus.CONTINUE);
  }

  List<String> initiatorLog() {
    return exchange.initiatorLog().stream().map(LogLine::toString).toList();
  }

  List<String> responderLog() {
    return exchange.responderLog().stream().map(LogLine::toString).toList();
  }
}
