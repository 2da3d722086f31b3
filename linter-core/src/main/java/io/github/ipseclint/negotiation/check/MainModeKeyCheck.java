// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.negotiation.check;

import io.github.ipseclint.model.ipsec.AuthMethod;
import io.github.ipseclint.model.ipsec.Connection;
import io.github.ipseclint.model.ipsec.Identity;
import io.github.ipseclint.model.ipsec.Secret;
import io.github.ipseclint.negotiation.Peer;
import io.github.ipseclint.negotiation.auth.AuthDisagreements;
import io.github.ipseclint.negotiation.auth.IkeConfigMatch;
import io.github.ipseclint.negotiation.auth.Ikev1AuthLog;
import io.github.ipseclint.negotiation.auth.KeyLookup;
import io.github.ipseclint.negotiation.auth.OuterAddresses;
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
 * looks the key up by the configured IDs (the initiator by its own config's, the responder by
 * those of each peer config for the address pair) and, when they find none, by the two outer
 * addresses (phase1.c); Libreswan takes the key of the connection it found for the first
 * message. Different keys make message 5 undecryptable. A look-up that rests on an address only
 * run time knows is not decided here, and the key is then taken to be the right one. Aggressive
 * Mode carries the IDs in the clear and is checked by {@link Ikev1AuthenticationCheck}.
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
    // empty while the initiator's key is not known: no secrets read, or an undecided look-up
    Optional<Secret> initiatorKey = Optional.empty();
    if (PskLookup.knows(initiator.daemon(), initiator.connection())) {
      KeyLookup own = initiatorKey(phase, idi, peerId);
      if (own.missing()) {
        return phase.failedSilently(Phase.IKE_AUTH, disagreements.keyMissing(true, idi, peerId, Optional.empty()));
      }
      initiatorKey = own.key();
    }
    if (!PskLookup.knows(exchange.responder().daemon(), exchange.responderConnection())) {
      return CheckStatus.CONTINUE;
    }
    return compareWithResponder(phase, idi, initiatorKey);
  }

  /** The initiator's key by its IDs; charon then tries the two addresses, logging each miss. */
  private static KeyLookup initiatorKey(PhaseOne phase, Identity idi, Identity peerId) {
    Exchange exchange = phase.exchange();
    Peer initiator = exchange.initiator();
    OuterAddresses addresses = phase.addresses();
    Optional<Secret> byId = PskLookup.own(initiator.daemon(), initiator.connection(), idi, peerId,
        addresses.initiator(), addresses.responder());
    if (byId.isPresent() || !initiator.isStrongswan()) {
      return KeyLookup.of(byId);
    }
    exchange.logInitiator(Ikev1AuthLog.strongswanNoSharedKey(idi, text(addresses.initiator()), peerId,
        addresses.responderText()));
    KeyLookup byAddress = PskLookup.strongswanByAddress(initiator.daemon(), initiator.connection(),
        addresses.initiator(), addresses.responder(), initiator.connection().local().id().value().written());
    if (byAddress.missing()) {
      exchange.logInitiator(Ikev1AuthLog.strongswanNoSharedKeyByAddress(text(addresses.initiator()),
          addresses.responderText()));
    }
    return byAddress;
  }

  /** The responder's key, chosen before it knows IDi, against the initiator's. */
  private static CheckStatus compareWithResponder(PhaseOne phase, Identity idi, Optional<Secret> initiatorKey) {
    Exchange exchange = phase.exchange();
    Peer responder = exchange.responder();
    AuthDisagreements disagreements = new AuthDisagreements(exchange);
    KeyLookup responderKey = responder.isStrongswan() ? strongswanResponderKey(phase)
        : KeyLookup.of(PskLookup.libreswan(responder.daemon(), exchange.responderConnection(),
            phase.addresses().responder(), phase.addresses().initiatorAsSeen()));
    Identity responderId = phase.responderId(exchange.responderConnection());
    if (responderKey.missing()) {
      Disagreement cause = disagreements.keyMissing(false, responderId, idi, initiatorKey);
      if (!responder.isStrongswan()) {
        return phase.unanswered(Phase.IKE_AUTH, cause);
      }
      exchange.logResponder(Ikev1AuthLog.strongswanNoSharedKeyByAddress(phase.addresses().responderText(),
          phase.addresses().initiatorAsSeenText()));
      return phase.refusedByResponder(Notify.AUTHENTICATION_FAILED, cause);
    }
    if (initiatorKey.isEmpty() || responderKey.key().isEmpty()
        || PskLookup.sameKey(initiatorKey.get(), responderKey.key().get())) {
      return CheckStatus.CONTINUE;
    }
    Disagreement cause = disagreements.keysDiffer(initiatorKey.get(), responderKey.key().get(), idi, responderId);
    if (!responder.isStrongswan()) {
      // pluto's handling of an undecryptable message 5 was not analysed (negotiation.md §15.1 item 11);
      // it is taken to answer nothing
      return phase.unanswered(Phase.IKE_AUTH, cause);
    }
    Ikev1AuthLog.strongswanUndecryptable().forEach(exchange::logResponder);
    return phase.refusedByResponder(Notify.PAYLOAD_MALFORMED, cause);
  }

  /** The first key found for a candidate config's IDs, else for the two addresses. */
  private static KeyLookup strongswanResponderKey(PhaseOne phase) {
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
        return KeyLookup.of(key);
      }
    }
    Connection selected = exchange.responderConnection();
    return PskLookup.strongswanByAddress(responder.daemon(), selected, phase.addresses().responder(),
        phase.addresses().initiatorAsSeen(), selected.local().id().value().written());
  }

  private static String text(Optional<?> address) {
    return address.map(Object::toString).orElse("<ip>");
  }
}
