// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.negotiation.check;

import io.github.ipseclint.negotiation.Peer;
import io.github.ipseclint.negotiation.auth.LibreswanAuthLog;
import io.github.ipseclint.negotiation.auth.OuterAddresses;
import io.github.ipseclint.negotiation.auth.StrongswanAuthLog;
import io.github.ipseclint.negotiation.exchange.CheckStatus;
import io.github.ipseclint.negotiation.exchange.Exchange;
import io.github.ipseclint.negotiation.outcome.Disagreement;
import io.github.ipseclint.negotiation.outcome.Notify;
import io.github.ipseclint.negotiation.outcome.Phase;
import java.util.Optional;

/**
 * The three ways IKE_AUTH fails (negotiation.md §2 step 4 and 7, §10.7): the responder refuses
 * the request, the initiator cannot build its request, or the initiator refuses the response.
 * Each records the failure and what the other end logs when it learns of it.
 */
final class AuthFailure {
  private static final String IKE_AUTH = "IKE_AUTH";

  private AuthFailure() {}

  /** The responder answers AUTHENTICATION_FAILED; the IKE SA is never established. */
  static CheckStatus refusedByResponder(Exchange exchange, Disagreement cause) {
    Peer responder = exchange.responder();
    if (!responder.isStrongswan() && new LibreswanAuthLog(responder.bucket()).isFour()) {
      exchange.logResponder(new LibreswanAuthLog(responder.bucket()).respondingWithAuthenticationFailed(
          OuterAddresses.of(exchange).initiatorAsSeenText(), ikeAuthPort(exchange)));
    }
    Peer initiator = exchange.initiator();
    if (initiator.isStrongswan()) {
      exchange.logInitiator(new StrongswanAuthLog(initiator.bucket()).receivedAuthenticationFailed());
    } else {
      LibreswanAuthLog log = new LibreswanAuthLog(initiator.bucket());
      exchange.logInitiator(log.rejectedByPeer());
      log.revivalAfterRefusal(initiator.connection().name()).forEach(exchange::logInitiator);
    }
    exchange.fail(Phase.IKE_AUTH, IKE_AUTH, Optional.of(Notify.AUTHENTICATION_FAILED), cause);
    return CheckStatus.STOP_IKE;
  }

  /** The initiator cannot build its AUTH and sends nothing; the responder's half-open SA times out. */
  static CheckStatus initiatorGaveUp(Exchange exchange, Disagreement cause) {
    exchange.fail(Phase.IKE_AUTH, IKE_AUTH, Optional.empty(), cause);
    return CheckStatus.STOP_IKE;
  }

  /**
   * The initiator refuses the responder's AUTH or ID after the responder has established the IKE
   * SA: strongSwan sends AUTHENTICATION_FAILED in an INFORMATIONAL, Libreswan deletes the IKE SA.
   */
  static CheckStatus refusedByInitiator(Exchange exchange, Disagreement cause) {
    boolean notifies = exchange.initiator().isStrongswan();
    if (!notifies && exchange.responder().isStrongswan()) {
      exchange.logResponder(new StrongswanAuthLog(exchange.responder().bucket())
          .receivedDelete(exchange.responderConnection().name()));
    }
    exchange.fail(Phase.IKE_AUTH, IKE_AUTH,
        notifies ? Optional.of(Notify.AUTHENTICATION_FAILED) : Optional.empty(), cause);
    return CheckStatus.STOP_IKE;
  }

  /**
   * IKE_AUTH travels on port 4500 when the initiator floats there: strongSwan does so for MOBIKE
   * (on by default) or forced encapsulation; Libreswan without NAT stays on 500.
   */
  private static int ikeAuthPort(Exchange exchange) {
    Peer initiator = exchange.initiator();
    boolean floats = initiator.isStrongswan() && initiator.connection().mobike().value()
        || initiator.connection().forceEncapsulation().value();
    return floats ? 4500 : 500;
  }
}
