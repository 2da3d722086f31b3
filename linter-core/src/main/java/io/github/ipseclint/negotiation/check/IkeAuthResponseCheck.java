// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.negotiation.check;

import io.github.ipseclint.model.ipsec.AuthMethod;
import io.github.ipseclint.model.ipsec.Connection;
import io.github.ipseclint.model.ipsec.Identity;
import io.github.ipseclint.model.ipsec.Secret;
import io.github.ipseclint.negotiation.Peer;
import io.github.ipseclint.negotiation.auth.AuthDisagreements;
import io.github.ipseclint.negotiation.auth.IdentityMatch;
import io.github.ipseclint.negotiation.auth.IdentityText;
import io.github.ipseclint.negotiation.auth.LibreswanAuthLog;
import io.github.ipseclint.negotiation.auth.OuterAddresses;
import io.github.ipseclint.negotiation.auth.PskLookup;
import io.github.ipseclint.negotiation.auth.ResponderIdentity;
import io.github.ipseclint.negotiation.auth.StrongswanAuthLog;
import io.github.ipseclint.negotiation.auth.WireIdentities;
import io.github.ipseclint.negotiation.exchange.Check;
import io.github.ipseclint.negotiation.exchange.CheckStatus;
import io.github.ipseclint.negotiation.exchange.Exchange;
import java.util.Optional;

/**
 * The responder builds its IKE_AUTH response (negotiation.md §10.1 responder row, §10.3): it
 * decides the IDr it answers with, signs with its own credential and considers the IKE SA
 * established, before the initiator has checked anything. strongSwan refuses a requested IDr
 * its peer config does not confirm ({@code received IDr ..., but require ...}); Libreswan
 * always answers with its own ID and leaves the judgement to the initiator (case C37).
 */
public final class IkeAuthResponseCheck implements Check {

  @Override
  public CheckStatus apply(Exchange exchange) {
    Peer responder = exchange.responder();
    Connection selected = exchange.responderConnection();
    Identity own = ResponderIdentity.of(exchange, selected);
    if (responder.isStrongswan()) {
      Optional<CheckStatus> refused = strongswanOwnId(exchange, selected, own);
      if (refused.isPresent()) {
        return refused.get();
      }
    }
    exchange.responderId(own);
    AuthMethod method = selected.local().auth().get(0).method().value();
    if (method == AuthMethod.PSK && PskLookup.knows(responder.daemon(), selected)) {
      Optional<CheckStatus> refused = ownKey(exchange, selected, own);
      if (refused.isPresent()) {
        return refused.get();
      }
    }
    logEstablished(exchange, selected, own, method);
    return CheckStatus.CONTINUE;
  }

  /** strongSwan's IDr: a requested one its config does not confirm is refused; none is defaulted. */
  private static Optional<CheckStatus> strongswanOwnId(Exchange exchange, Connection selected, Identity own) {
    StrongswanAuthLog log = new StrongswanAuthLog(exchange.responder().bucket());
    Optional<Identity> configured = WireIdentities.strongswanConfiguredLocal(selected);
    if (exchange.requestedResponderId().isPresent() && configured.isPresent()
        && IdentityMatch.strongswan(own, configured.get()) == 0) {
      exchange.logResponder(log.receivedIdrButRequire(own, configured.get()));
      return Optional.of(AuthFailure.refusedByResponder(exchange,
          new AuthDisagreements(exchange).requestedIdNotOffered(own, configured.get())));
    }
    if (exchange.requestedResponderId().isEmpty() && WireIdentities.defaultedAtRunTime(selected)) {
      exchange.logResponder(log.defaultedToAddress(false, IdentityText.strongswan(own)));
    }
    return Optional.empty();
  }

  /** The key for the responder's own AUTH; without one it refuses the request. */
  private static Optional<CheckStatus> ownKey(Exchange exchange, Connection selected, Identity own) {
    Peer responder = exchange.responder();
    OuterAddresses addresses = OuterAddresses.of(exchange);
    Identity idi = exchange.initiatorId().orElseThrow();
    Optional<Secret> key = PskLookup.own(responder.daemon(), selected, own, idi, addresses.responder(),
        addresses.initiatorAsSeen());
    if (key.isPresent()) {
      return Optional.empty();
    }
    exchange.logResponder(responder.isStrongswan() ? new StrongswanAuthLog(responder.bucket()).noSharedKey(own, idi)
        : new LibreswanAuthLog(responder.bucket()).noPsk(own));
    return Optional.of(AuthFailure.refusedByResponder(exchange, new AuthDisagreements(exchange)
        .keyMissing(false, own, idi, AuthDirection.initiatorSigns(exchange).signerKey())));
  }

  /** The responder considers the IKE SA established once it has sent its response. */
  private static void logEstablished(Exchange exchange, Connection selected, Identity own, AuthMethod method) {
    Peer responder = exchange.responder();
    Identity idi = exchange.initiatorId().orElseThrow();
    if (responder.isStrongswan()) {
      OuterAddresses addresses = OuterAddresses.of(exchange);
      StrongswanAuthLog log = new StrongswanAuthLog(responder.bucket());
      exchange.logResponder(log.authenticatedMyself(own, method));
      exchange.logResponder(log.established(selected.name(), addresses.responderText(), own,
          addresses.initiatorAsSeenText(), idi));
    } else {
      AuthMethod initiatorMethod = exchange.initiator().connection().local().auth().get(0).method().value();
      exchange.logResponder(new LibreswanAuthLog(responder.bucket()).established(false, initiatorMethod, idi));
    }
  }
}
