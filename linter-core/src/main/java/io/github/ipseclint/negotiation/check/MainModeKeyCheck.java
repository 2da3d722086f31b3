// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.negotiation.check;

import io.github.ipseclint.model.ipsec.AddressIdentity;
import io.github.ipseclint.model.ipsec.AnyIdentity;
import io.github.ipseclint.model.ipsec.AuthMethod;
import io.github.ipseclint.model.ipsec.Connection;
import io.github.ipseclint.model.ipsec.Identity;
import io.github.ipseclint.model.ipsec.Secret;
import io.github.ipseclint.model.source.ByteText;
import io.github.ipseclint.model.source.Located;
import io.github.ipseclint.negotiation.Peer;
import io.github.ipseclint.negotiation.auth.AuthDisagreements;
import io.github.ipseclint.negotiation.auth.IkeConfigMatch;
import io.github.ipseclint.negotiation.auth.Ikev1AuthLog;
import io.github.ipseclint.negotiation.auth.PskLookup;
import io.github.ipseclint.negotiation.auth.WireIdentities;
import io.github.ipseclint.negotiation.exchange.Check;
import io.github.ipseclint.negotiation.exchange.CheckStatus;
import io.github.ipseclint.negotiation.exchange.Exchange;
import io.github.ipseclint.negotiation.outcome.Disagreement;
import io.github.ipseclint.negotiation.outcome.Notify;
import io.github.ipseclint.negotiation.outcome.Phase;
import java.util.Optional;

/**
 * IKEv1 Main Mode with a pre-shared key: both ends need the same key by message 5, and the
 * responder must choose it before the peer's ID arrives (negotiation.md §2, §10.3). strongSwan
 * walks its peer configs for the address pair and takes the first key found for a config's
 * (local ID, remote ID), then one for the two addresses; Libreswan takes the key of the
 * connection it found for the first message. Different keys make message 5 undecryptable.
 * Aggressive Mode carries the IDs in the clear and is checked by {@link Ikev1AuthenticationCheck}.
 */
public final class MainModeKeyCheck implements Check {

  @Override
  public CheckStatus apply(Exchange exchange) {
    PhaseOne phase = PhaseOne.of(exchange);
    if (phase.aggressive() || phase.method() != AuthMethod.PSK) {
      return CheckStatus.CONTINUE;
    }
    Peer initiator = exchange.initiator();
    Identity idi = phase.initiatorId();
    Identity peerId = phase.initiatorPeerId();
    AuthDisagreements disagreements = new AuthDisagreements(exchange);
    Optional<Secret> initiatorKey = Optional.empty();
    if (PskLookup.knows(initiator.daemon(), initiator.connection())) {
      initiatorKey = PskLookup.own(initiator.daemon(), initiator.connection(), idi, peerId,
          phase.addresses().initiator(), phase.addresses().responder());
      if (initiatorKey.isEmpty()) {
        if (initiator.isStrongswan()) {
          exchange.logInitiator(Ikev1AuthLog.strongswanNoSharedKey(idi, text(phase.addresses().initiator()), peerId,
              phase.addresses().responderText()));
        }
        return phase.failedSilently(Phase.IKE_AUTH, disagreements.keyMissing(true, idi, peerId, Optional.empty()));
      }
    }
    if (!PskLookup.knows(exchange.responder().daemon(), exchange.responderConnection())) {
      return CheckStatus.CONTINUE;
    }
    return compareWithResponder(phase, idi, initiatorKey);
  }

  /** The responder's key, chosen before it knows IDi, against the initiator's. */
  private static CheckStatus compareWithResponder(PhaseOne phase, Identity idi, Optional<Secret> initiatorKey) {
    Exchange exchange = phase.exchange();
    Peer responder = exchange.responder();
    AuthDisagreements disagreements = new AuthDisagreements(exchange);
    Optional<Secret> responderKey = responder.isStrongswan() ? strongswanResponderKey(phase)
        : PskLookup.libreswan(responder.daemon(), exchange.responderConnection(), phase.addresses().responder(),
            phase.addresses().initiatorAsSeen());
    Identity responderId = phase.responderId(exchange.responderConnection());
    if (responderKey.isEmpty()) {
      Disagreement cause = disagreements.keyMissing(false, responderId, idi, initiatorKey);
      if (!responder.isStrongswan()) {
        return phase.unanswered(Phase.IKE_AUTH, cause);
      }
      exchange.logResponder(Ikev1AuthLog.strongswanNoSharedKeyByAddress(phase.addresses().responderText(),
          phase.addresses().initiatorAsSeenText()));
      return phase.refusedByResponder(Notify.AUTHENTICATION_FAILED, cause);
    }
    if (initiatorKey.isEmpty() || PskLookup.sameKey(initiatorKey.get(), responderKey.get())) {
      return CheckStatus.CONTINUE;
    }
    Disagreement cause = disagreements.keysDiffer(initiatorKey.get(), responderKey.get(), idi, responderId);
    if (!responder.isStrongswan()) {
      // pluto's handling of an undecryptable message 5 was not analysed (negotiation.md §15.1 item 11);
      // it is taken to answer nothing
      return phase.unanswered(Phase.IKE_AUTH, cause);
    }
    Ikev1AuthLog.strongswanUndecryptable().forEach(exchange::logResponder);
    return phase.refusedByResponder(Notify.PAYLOAD_MALFORMED, cause);
  }

  /** The first key found for a candidate config's IDs, else for the two addresses. */
  private static Optional<Secret> strongswanResponderKey(PhaseOne phase) {
    Exchange exchange = phase.exchange();
    Peer responder = exchange.responder();
    for (Connection candidate : exchange.responderCandidates()) {
      if (IkeConfigMatch.score(candidate, phase.addresses().responder(), phase.addresses().initiatorAsSeen()) == 0) {
        continue;
      }
      Identity local = WireIdentities.own(candidate, phase.addresses().responder());
      Identity remote = PhaseOne.keyLookupPeer(candidate, phase.addresses().initiatorAsSeen());
      Optional<Secret> key = PskLookup.strongswanOwn(responder.daemon(), candidate, local, remote);
      if (key.isPresent()) {
        return key;
      }
    }
    Connection selected = exchange.responderConnection();
    Located<ByteText> here = selected.local().id().value().written();
    Identity own = phase.addresses().responder().<Identity>map(address -> new AddressIdentity(address, here))
        .orElseGet(() -> new AnyIdentity(here));
    Identity peer = phase.addresses().initiatorAsSeen().<Identity>map(address -> new AddressIdentity(address, here))
        .orElseGet(() -> new AnyIdentity(here));
    return PskLookup.strongswanOwn(responder.daemon(), selected, own, peer);
  }

  private static String text(Optional<?> address) {
    return address.map(Object::toString).orElse("<ip>");
  }
}
