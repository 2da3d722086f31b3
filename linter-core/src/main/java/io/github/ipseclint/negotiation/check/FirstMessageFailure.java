// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.negotiation.check;

import io.github.ipseclint.model.crypto.IkeVersion;
import io.github.ipseclint.model.ipsec.FrontEnd;
import io.github.ipseclint.model.target.VersionBucket;
import io.github.ipseclint.negotiation.Peer;
import io.github.ipseclint.negotiation.exchange.Exchange;
import io.github.ipseclint.negotiation.outcome.Notify;

/**
 * What the initiator logs when its first message (IKE_SA_INIT, Main or Aggressive Mode message 1)
 * is answered with an unauthenticated error notification or not at all (negotiation.md §11.1,
 * §13.2). strongSwan gives up at once on the notification and after its retransmits on silence;
 * Libreswan ignores the notification (it could be forged) and waits for its timeout either way.
 */
public final class FirstMessageFailure {
  /** Libreswan's first retransmission waits {@code retransmit-interval}, 500 ms by default. */
  private static final String FIRST_WAIT = "0.5";
  /** The length pluto reports for a notification without data (12-byte header, 16-byte SPI). */
  private static final int NOTIFY_LENGTH = 28;

  private FirstMessageFailure() {}

  /** The responder answered with {@code notify}, unencrypted and unauthenticated. */
  public static void notified(Exchange exchange, Notify notify) {
    Peer initiator = exchange.initiator();
    boolean ikev1 = exchange.ikeVersion() == IkeVersion.IKEV1;
    if (initiator.isStrongswan()) {
      if (ikev1) {
        exchange.logInitiator("received " + notify + " error notify");
      } else {
        exchange.logInitiator("parsed IKE_SA_INIT response 0 [ N(" + notify.shortName() + ") ]");
        exchange.logInitiator("received " + notify + " notify error");
      }
      return;
    }
    boolean ls5 = initiator.bucket().isAtLeast(VersionBucket.LS5);
    if (ikev1) {
      exchange.logInitiator("ignoring informational payload " + notify + ", msgid=00000000, length=" + NOTIFY_LENGTH);
      if (!ls5) {
        exchange.logInitiator("received and ignored notification payload: " + notify);
      }
    } else if (ls5) {
      exchange.logInitiator("ignoring IKE_SA_INIT response containing " + notify
          + " notification (Message ID 0; message payloads N, missing SA,KE,Ni)");
    } else {
      exchange.logInitiator("dropping unexpected IKE_SA_INIT message containing " + notify
          + " notification; message payloads: N; missing payloads: SA,KE,Ni");
    }
    libreswanTimeout(exchange);
  }

  /** The responder stayed silent. */
  public static void unanswered(Exchange exchange) {
    if (exchange.initiator().isStrongswan()) {
      strongswanGivesUp(exchange);
    } else {
      libreswanTimeout(exchange);
    }
  }

  /**
   * charon retransmits {@code charon.retransmit_tries} times, then tries again as often as
   * {@code keyingtries} allows (ipsec.conf 3, swanctl 1; ipseclint reads the front end's default).
   */
  private static void strongswanGivesUp(Exchange exchange) {
    Peer initiator = exchange.initiator();
    int tries = initiator.daemon().settings().retransmitTries();
    int keyingTries = initiator.connection().frontEnd() == FrontEnd.STROKE ? 3 : 1;
    boolean ikev1 = exchange.ikeVersion() == IkeVersion.IKEV1;
    for (int attempt = 1; attempt <= keyingTries; attempt++) {
      for (int retransmit = 1; retransmit <= tries; retransmit++) {
        exchange.logInitiator(ikev1
            ? "sending retransmit " + retransmit + " of request message ID 0, seq 1"
            : "retransmit " + retransmit + " of request with message ID 0");
      }
      exchange.logInitiator("giving up after " + tries + " retransmits");
      if (attempt < keyingTries) {
        exchange.logInitiator("peer not responding, trying again (" + (attempt + 1) + "/" + keyingTries + ")");
      }
    }
    exchange.logInitiator("establishing IKE_SA failed, peer not responding");
  }

  /** pluto retransmits until {@code retransmit-timeout}; the totals depend on timers it does not model. */
  private static void libreswanTimeout(Exchange exchange) {
    String state = state(exchange);
    String message = exchange.ikeVersion() == IkeVersion.IKEV1 ? "IKEv1" : "IKEv2";
    exchange.logInitiator(state + ": retransmission; will wait " + FIRST_WAIT + " seconds for response");
    exchange.logInitiator(state + ": <t> second timeout exceeded after <n> retransmits.  No response (or no "
        + "acceptable response) to our first " + message + " message");
    if (exchange.ikeVersion() != IkeVersion.IKEV1 && !exchange.initiator().bucket().isAtLeast(VersionBucket.LS5)) {
      // 4.10 revives any connection that was up, even one added with auto=add and started by hand (C21 run).
      exchange.logInitiator("deleting IKE SA but connection is supposed to remain up; schedule EVENT_REVIVE_CONNS");
    }
  }

  /** The state the timeout line names: 5.x renamed the IKEv2 states, 4.10 prints {@code STATE_V2_PARENT_I1}. */
  private static String state(Exchange exchange) {
    if (exchange.ikeVersion() == IkeVersion.IKEV1) {
      return exchange.initiator().connection().aggressive().value() ? "STATE_AGGR_I1" : "STATE_MAIN_I1";
    }
    return exchange.initiator().bucket().isAtLeast(VersionBucket.LS5) ? "IKE_SA_INIT_I" : "STATE_V2_PARENT_I1";
  }
}
