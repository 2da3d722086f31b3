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
 * How the first CHILD SA ends when one end refuses it: the IKE SA stays (RFC 7296 §2.21.2) and
 * the direction ends with IKE_ONLY (negotiation.md §2 steps 5-7, §13.2).
 */
final class ChildRefusal {
  static final String IKE_AUTH = "IKE_AUTH";

  private ChildRefusal() {}

  /**
   * The responder answers IKE_AUTH with an error notify instead of a CHILD SA; the responder's
   * own lines for the reason are logged by the caller.
   */
  static CheckStatus byResponder(Exchange exchange, Notify notify, Disagreement cause) {
    if (exchange.responder().isStrongswan()) {
      exchange.logResponder("failed to establish CHILD_SA, keeping IKE_SA");
    }
    if (exchange.initiator().isStrongswan()) {
      exchange.logInitiator("received " + notify + " notify, no CHILD_SA built");
      exchange.logInitiator("failed to establish CHILD_SA, keeping IKE_SA");
    } else {
      exchange.logInitiator("IKE_AUTH response rejected Child SA with " + notify);
    }
    exchange.fail(Phase.IKE_AUTH, IKE_AUTH, Optional.of(notify), cause);
    return CheckStatus.STOP_CHILD;
  }

  /**
   * The responder installed the CHILD SA, the initiator rejects its answer and deletes it; the
   * initiator's reason is logged by the caller, {@code notify} is the error it reports.
   */
  static CheckStatus byInitiator(Exchange exchange, Notify notify, Disagreement cause) {
    ChildSaText.established(exchange, false);
    if (exchange.initiator().isStrongswan()) {
      exchange.logInitiator("failed to establish CHILD_SA, keeping IKE_SA");
      exchange.logInitiator("sending DELETE for ESP CHILD_SA with SPI <spi>");
    } else {
      exchange.logInitiator("IKE SA established but initiator rejected Child SA response");
      if (!exchange.initiator().bucket().isAtLeast(VersionBucket.LS5)) {
        exchange.logInitiator("deleting larval Child SA using IKE SA #1");
      }
    }
    if (exchange.responder().isStrongswan()) {
      String name = exchange.responderChild().map(child -> child.name()).orElse("");
      exchange.logResponder("received DELETE for ESP CHILD_SA with SPI <spi>");
      exchange.logResponder("closing CHILD_SA " + name + "{1} with SPIs <spi>_i (0 bytes) <spi>_o (0 bytes) and TS "
          + ChildSaText.strongswanTs(exchange, false));
      exchange.logResponder("sending DELETE for ESP CHILD_SA with SPI <spi>");
    }
    exchange.fail(Phase.IKE_AUTH, IKE_AUTH, Optional.of(notify), cause);
    return CheckStatus.STOP_CHILD;
  }
}
