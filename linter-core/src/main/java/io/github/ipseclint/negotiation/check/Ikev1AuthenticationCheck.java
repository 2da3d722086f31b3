// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.negotiation.check;

import io.github.ipseclint.model.ipsec.AnyIdentity;
import io.github.ipseclint.model.ipsec.AuthMethod;
import io.github.ipseclint.model.ipsec.Connection;
import io.github.ipseclint.model.ipsec.Identity;
import io.github.ipseclint.model.ipsec.Secret;
import io.github.ipseclint.negotiation.Peer;
import io.github.ipseclint.negotiation.auth.AuthDisagreements;
import io.github.ipseclint.negotiation.auth.IdentityMatch;
import io.github.ipseclint.negotiation.auth.Ikev1AuthLog;
import io.github.ipseclint.negotiation.auth.OuterAddresses;
import io.github.ipseclint.negotiation.auth.PskLookup;
import io.github.ipseclint.negotiation.auth.StrongswanAuthLog;
import io.github.ipseclint.negotiation.auth.WireIdentities;
import io.github.ipseclint.negotiation.exchange.Check;
import io.github.ipseclint.negotiation.exchange.CheckStatus;
import io.github.ipseclint.negotiation.exchange.Exchange;
import io.github.ipseclint.negotiation.outcome.Notify;
import io.github.ipseclint.negotiation.outcome.Phase;
import java.util.Optional;

/**
 * IKEv1 phase 1, last step: the hashes that prove each end's identity and the initiator's check
 * of the responder's ID (negotiation.md §10.3, §11.2). In Aggressive Mode both ends look their
 * pre-shared key up by the IDs, so this is where different keys show; in Main Mode they were
 * settled by {@link MainModeKeyCheck}. Success is the ISAKMP SA both daemons log as established.
 */
public final class Ikev1AuthenticationCheck implements Check {

  @Override
  public CheckStatus apply(Exchange exchange) {
    PhaseOne phase = PhaseOne.of(exchange);
    Identity idi = exchange.initiatorId().orElseGet(phase::initiatorId);
    Connection selected = exchange.responderConnection();
    Identity idr = phase.responderId(selected);
    if (phase.aggressive() && phase.method() == AuthMethod.PSK) {
      Optional<CheckStatus> failed = aggressiveKeys(phase, idi, idr);
      if (failed.isPresent()) {
        return failed.get();
      }
    }
    Connection initiator = exchange.initiator().connection();
    Identity expected = WireIdentities.expectedPeer(initiator, phase.addresses().responder());
    boolean accepted = exchange.initiator().isStrongswan()
        ? expected instanceof AnyIdentity || IdentityMatch.strongswan(idr, expected) > 0
        : IdentityMatch.libreswan(idr, expected) > 0;
    if (!accepted) {
      if (exchange.initiator().isStrongswan()) {
        exchange.logInitiator(Ikev1AuthLog.strongswanIdrMismatch(idr, expected));
      }
      return phase.failedSilently(Phase.IKE_AUTH, new AuthDisagreements(exchange).idRefused(false, idr, expected));
    }
    exchange.responderId(idr);
    logEstablished(phase, exchange.initiator(), true, idi, idr);
    logEstablished(phase, exchange.responder(), false, idr, idi);
    return CheckStatus.CONTINUE;
  }

  /** Both ends' keys by the IDs; the responder answers AUTHENTICATION_FAILED without one. */
  private static Optional<CheckStatus> aggressiveKeys(PhaseOne phase, Identity idi, Identity idr) {
    Exchange exchange = phase.exchange();
    OuterAddresses addresses = phase.addresses();
    AuthDisagreements disagreements = new AuthDisagreements(exchange);
    Peer responder = exchange.responder();
    Connection selected = exchange.responderConnection();
    Optional<Secret> responderKey = Optional.empty();
    if (PskLookup.knows(responder.daemon(), selected)) {
      responderKey = PskLookup.own(responder.daemon(), selected, idr, idi, addresses.responder(),
          addresses.initiatorAsSeen());
      if (responderKey.isEmpty()) {
        if (responder.isStrongswan()) {
          exchange.logResponder(Ikev1AuthLog.strongswanNoSharedKey(idr, addresses.responderText(), idi,
              addresses.initiatorAsSeenText()));
        }
        return Optional.of(phase.refusedByResponder(Notify.AUTHENTICATION_FAILED,
            disagreements.keyMissing(false, idr, idi, Optional.empty())));
      }
    }
    Peer initiator = exchange.initiator();
    if (!PskLookup.knows(initiator.daemon(), initiator.connection())) {
      return Optional.empty();
    }
    Optional<Secret> initiatorKey = PskLookup.own(initiator.daemon(), initiator.connection(), idi,
        phase.initiatorPeerId(), addresses.initiator(), addresses.responder());
    if (initiatorKey.isEmpty()) {
      if (initiator.isStrongswan()) {
        exchange.logInitiator(Ikev1AuthLog.strongswanNoSharedKey(idi,
            addresses.initiator().map(Object::toString).orElse(OuterAddresses.UNKNOWN), idr, addresses.responderText()));
      }
      return Optional.of(phase.failedSilently(Phase.IKE_AUTH, disagreements.keyMissing(true, idi, idr, responderKey)));
    }
    if (responderKey.isPresent() && !PskLookup.sameKey(initiatorKey.get(), responderKey.get())) {
      // the responder's hash arrives first, so the initiator notices (pluto's wording was not analysed)
      if (initiator.isStrongswan()) {
        exchange.logInitiator(Ikev1AuthLog.strongswanHashMismatch());
      }
      return Optional.of(phase.refusedByInitiator(Notify.AUTHENTICATION_FAILED,
          disagreements.keysDiffer(initiatorKey.get(), responderKey.get(), idi, idr)));
    }
    return Optional.empty();
  }

  private static void logEstablished(PhaseOne phase, Peer end, boolean initiator, Identity own, Identity peer) {
    Exchange exchange = phase.exchange();
    String line;
    if (end.isStrongswan()) {
      OuterAddresses addresses = phase.addresses();
      String me = initiator ? addresses.initiator().map(Object::toString).orElse(OuterAddresses.UNKNOWN)
          : addresses.responderText();
      String other = initiator ? addresses.responderText() : addresses.initiatorAsSeenText();
      String conn = initiator ? exchange.initiator().connection().name() : exchange.responderConnection().name();
      line = new StrongswanAuthLog(end.bucket()).established(conn, me, own, other, peer);
    } else {
      line = Ikev1AuthLog.libreswanEstablished(phase.method(), exchange.ikeSuite());
    }
    if (initiator) {
      exchange.logInitiator(line);
    } else {
      exchange.logResponder(line);
    }
  }
}
