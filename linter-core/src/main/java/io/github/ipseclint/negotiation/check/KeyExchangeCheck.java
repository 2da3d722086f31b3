// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.negotiation.check;

import io.github.ipseclint.model.crypto.Proposal;
import io.github.ipseclint.model.crypto.Transform;
import io.github.ipseclint.model.crypto.TransformType;
import io.github.ipseclint.model.source.Span;
import io.github.ipseclint.model.target.VersionBucket;
import io.github.ipseclint.negotiation.Peer;
import io.github.ipseclint.negotiation.exchange.Check;
import io.github.ipseclint.negotiation.exchange.CheckStatus;
import io.github.ipseclint.negotiation.exchange.Exchange;
import io.github.ipseclint.negotiation.outcome.Disagreement;
import io.github.ipseclint.negotiation.outcome.FailureClass;
import io.github.ipseclint.negotiation.outcome.Notify;
import io.github.ipseclint.negotiation.outcome.Phase;
import io.github.ipseclint.negotiation.wording.LibreswanWording;
import io.github.ipseclint.negotiation.wording.StrongswanWording;
import java.util.Optional;

/**
 * C3 (negotiation.md §14.2, §6.2-§6.4): the group of the initiator's KE payload against the group
 * the responder selected. A different group costs an INVALID_KE_PAYLOAD round trip: the initiator
 * resends with the requested group (strongSwan at most five times, Libreswan only for a group it
 * proposes itself) and the responder selects again. Ends IKE_SA_INIT with the initiator's log of
 * the negotiated suite.
 */
public final class KeyExchangeCheck implements Check {
  /** charon's {@code MAX_RETRIES} for INVALID_KE_PAYLOAD in ike_init. */
  private static final int STRONGSWAN_RETRIES = 5;

  @Override
  public CheckStatus apply(Exchange exchange) {
    Peer initiator = exchange.initiator();
    IkeSaInitOffer offer = IkeSaInitOffer.first(initiator);
    IkeSaInitResponder responder = new IkeSaInitResponder(exchange);
    Proposal suite = exchange.ikeSuite().orElseThrow(() -> new IllegalStateException("C3 runs after C2"));
    int retries = 0;
    while (!selectedGroup(suite).sameAs(offer.keGuess())) {
      Transform guess = offer.keGuess();
      Transform requested = selectedGroup(suite);
      logRequest(exchange, guess, requested);
      exchange.invalidKeRound();
      if (retries == 0) {
        exchange.note(retry(exchange, guess, requested));
      }
      if (!initiatorRetries(exchange, offer, guess, requested, ++retries)) {
        exchange.fail(Phase.IKE_SA_INIT, "IKE_SA_INIT", Optional.of(Notify.INVALID_KE_PAYLOAD),
            retry(exchange, guess, requested));
        return CheckStatus.STOP_IKE;
      }
      offer = offer.retryWith(requested);
      Optional<IkeSaInitResponder.Selected> again = responder.select(offer.proposals());
      if (again.isEmpty()) {
        // Only reachable when the retried proposals lose the match the first ones had.
        FirstMessageFailure.notified(exchange, Notify.NO_PROPOSAL_CHOSEN);
        exchange.fail(Phase.IKE_SA_INIT, "IKE_SA_INIT", Optional.of(Notify.NO_PROPOSAL_CHOSEN),
            retry(exchange, guess, requested));
        return CheckStatus.STOP_IKE;
      }
      IkeProposalCheck.settle(exchange, responder, again.get());
      suite = again.get().match().suite();
    }
    logEstablished(exchange, suite);
    return CheckStatus.CONTINUE;
  }

  private static Transform selectedGroup(Proposal suite) {
    return suite.of(TransformType.KE).get(0);
  }

  private static void logRequest(Exchange exchange, Transform guess, Transform requested) {
    Peer responder = exchange.responder();
    if (responder.isStrongswan()) {
      exchange.logResponder(StrongswanWording.keyExchangeWord(responder.bucket()) + " "
          + StrongswanWording.keyExchange(guess) + " unacceptable, requesting " + StrongswanWording.keyExchange(requested));
    } else {
      exchange.logResponder("initiator guessed wrong keying material group (" + LibreswanWording.enumGroup(guess)
          + "); responding with INVALID_KE_PAYLOAD requesting " + LibreswanWording.group(requested));
    }
  }

  /** The initiator's reaction; false when it does not resend. */
  private static boolean initiatorRetries(Exchange exchange, IkeSaInitOffer offer, Transform guess,
      Transform requested, int retry) {
    Peer initiator = exchange.initiator();
    if (initiator.isStrongswan()) {
      if (retry > STRONGSWAN_RETRIES) {
        exchange.logInitiator("giving up after " + STRONGSWAN_RETRIES + " retries");
        return false;
      }
      exchange.logInitiator("peer didn't accept " + StrongswanWording.keyExchangeWord(initiator.bucket()) + " "
          + StrongswanWording.keyExchange(guess) + ", it requested " + StrongswanWording.keyExchange(requested));
      return true;
    }
    if (!offer.offers(requested)) {
      exchange.logInitiator("Discarding unauthenticated INVALID_KE_PAYLOAD response to DH " + LibreswanWording.group(guess)
          + "; suggested DH " + LibreswanWording.group(requested) + " is not acceptable");
      FirstMessageFailure.unanswered(exchange);
      return false;
    }
    exchange.logInitiator("Received unauthenticated INVALID_KE_PAYLOAD response to DH " + LibreswanWording.group(guess)
        + "; resending with suggested DH " + LibreswanWording.group(requested));
    return true;
  }

  private static void logEstablished(Exchange exchange, Proposal suite) {
    Peer initiator = exchange.initiator();
    if (initiator.isStrongswan()) {
      exchange.logInitiator("selected proposal: " + StrongswanWording.proposal(suite));
    } else if (initiator.bucket().isAtLeast(VersionBucket.LS5)) {
      exchange.logInitiator("processed IKE_SA_INIT response from " + exchange.endpoints().responderText()
          + ":UDP/500 " + LibreswanWording.ikeSummary(suite) + ", initiating IKE_AUTH");
    } else {
      exchange.logInitiator("sent IKE_AUTH request " + LibreswanWording.ikeSummary(suite));
    }
  }

  private static Disagreement retry(Exchange exchange, Transform guess, Transform requested) {
    Span responderSetting = IkeSaInitResponder.configured(exchange.responderConnection()).stream()
        .flatMap(p -> p.of(TransformType.KE).stream())
        .filter(requested::sameAs)
        .map(Transform::span)
        .findFirst()
        .orElse(exchange.responderConnection().ikeProposals().span());
    return new Disagreement(FailureClass.KE_RETRY, Optional.of(guess.span()), Optional.of(responderSetting),
        exchange.initiator().label() + " sends its key exchange for " + StrongswanWording.keyExchange(guess) + " but "
            + exchange.responder().label() + " selects " + StrongswanWording.keyExchange(requested)
            + ", which costs an INVALID_KE_PAYLOAD round trip");
  }
}
