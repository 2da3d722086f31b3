// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.negotiation.check;

import io.github.ipseclint.model.target.VersionBucket;
import io.github.ipseclint.negotiation.exchange.CheckStatus;
import io.github.ipseclint.negotiation.exchange.Exchange;
import io.github.ipseclint.negotiation.outcome.Disagreement;
import io.github.ipseclint.negotiation.outcome.Notify;
import io.github.ipseclint.negotiation.outcome.Phase;
import java.util.Optional;

/**
 * How IKEv1 Quick Mode ends when the responder refuses the first IPsec SA: the ISAKMP SA stays,
 * no IPsec SA comes up (negotiation.md §11.3, §13.2). Libreswan as initiator ignores the
 * notification and times out. The failure counts as phase IKE_AUTH, exchange "Quick Mode".
 */
final class QuickModeRefusal {
  static final String QUICK_MODE = "Quick Mode";

  private QuickModeRefusal() {}

  static CheckStatus byResponder(Exchange exchange, Notify notify, Disagreement cause) {
    if (!exchange.responder().isStrongswan()) {
      exchange.logResponder("sending encrypted notification " + notify + " to "
          + exchange.endpoints().initiatorHost().addressText() + ":500");
    }
    if (exchange.initiator().isStrongswan()) {
      exchange.logInitiator("received " + notify + " error notify");
    } else {
      boolean four = !exchange.initiator().bucket().isAtLeast(VersionBucket.LS5);
      exchange.logInitiator("ignoring informational payload " + notify + ", msgid=00000000, length=16");
      exchange.logInitiator("received and ignored notification payload: " + notify);
      exchange.logInitiator((four ? "STATE_QUICK_I1" : "QUICK_I1") + ": <t> second timeout exceeded after <n> retransmits."
          + "  No acceptable response to our first Quick Mode message: perhaps peer likes no proposal");
    }
    exchange.fail(Phase.IKE_AUTH, QUICK_MODE, Optional.of(notify), cause);
    return CheckStatus.STOP_CHILD;
  }
}
