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
    OuterAddresses addresses = OuterAddresses.of(exchange);
    Identity idi = exchange.initiatorId().orElseThrow();
    Identity own = ResponderIdentity.of(exchange, selected);
    AuthDisagreements disagreements = new AuthDisagreements(exchange);
    StrongswanAuthLog strongswan = new StrongswanAuthLog(responder.bucket());

    if (responder.isStrongswan()) {
      Optional<Identity> configured = WireIdentities.strongswanConfiguredLocal(selected);
      if (exchange.requestedResponderId().isPresent() && configured.isPresent()
          && IdentityMatch.strongswan(own, configured.get()) == 0) {
        exchange.logResponder(strongswan.receivedIdrButRequire(own, configured.get()));
        return AuthFailure.refusedByResponder(exchange, disagreements.requestedIdNotOffered(own, configured.get()));
      }
      if (exchange.requestedResponderId().isEmpty() && WireIdentities.defaultedAtRunTime(selected)) {
        exchange.logResponder(strongswan.defaultedToAddress(false, IdentityText.strongswan(own)));
      }
    }
    exchange.responderId(own);

    AuthMethod method = selected.local().auth().get(0).method().value();
    if (method == AuthMethod.PSK && PskLookup.knows(responder.daemon(), selected)) {
      Optional<Secret> key = PskLookup.own(responder.daemon(), selected, own, idi, addresses.responder(),
          addresses.initiatorAsSeen());
      if (key.isEmpty()) {
        exchange.logResponder(responder.isStrongswan() ? strongswan.noSharedKey(own, idi)
            : new LibreswanAuthLog(responder.bucket()).noPsk(own));
        return AuthFailure.refusedByResponder(exchange, disagreements.keyMissing(false, own, idi,
            AuthDirection.initiatorSigns(exchange).signerKey()));
      }
    }
    AuthMethod initiatorMethod = exchange.initiator().connection().local().auth().get(0).method().value();
    if (responder.isStrongswan()) {
      exchange.logResponder(strongswan.authenticatedMyself(own, method));
      exchange.logResponder(strongswan.established(selected.name(), addresses.responderText(), own,
          addresses.initiatorAsSeenText(), idi));
    } else {
      exchange.logResponder(new LibreswanAuthLog(responder.bucket()).established(false, initiatorMethod, idi));
    }
    return CheckStatus.CONTINUE;
  }
}
