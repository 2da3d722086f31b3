// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.negotiation.check;

import io.github.ipseclint.model.ipsec.AnyIdentity;
import io.github.ipseclint.model.ipsec.AuthMethod;
import io.github.ipseclint.model.ipsec.Connection;
import io.github.ipseclint.model.ipsec.Identity;
import io.github.ipseclint.model.ipsec.Secret;
import io.github.ipseclint.negotiation.Peer;
import io.github.ipseclint.negotiation.auth.AuthDisagreements;
import io.github.ipseclint.negotiation.auth.IdentityText;
import io.github.ipseclint.negotiation.auth.LibreswanAuthLog;
import io.github.ipseclint.negotiation.auth.OuterAddresses;
import io.github.ipseclint.negotiation.auth.PskLookup;
import io.github.ipseclint.negotiation.auth.StrongswanAuthLog;
import io.github.ipseclint.negotiation.auth.WireIdentities;
import io.github.ipseclint.negotiation.exchange.Check;
import io.github.ipseclint.negotiation.exchange.CheckStatus;
import io.github.ipseclint.negotiation.exchange.Exchange;
import java.util.Optional;

/**
 * C5, first half: the initiator builds its IKE_AUTH request (negotiation.md §10.1, §10.3). It
 * decides IDi (its configured ID, or its address) and whether it asks for an IDr, and signs with
 * its own credential. An initiator that finds no pre-shared key for its AUTH fails on its own:
 * it sends no IKE_AUTH request at all (case C16).
 */
public final class IkeAuthRequestCheck implements Check {

  @Override
  public CheckStatus apply(Exchange exchange) {
    Peer initiator = exchange.initiator();
    Connection connection = initiator.connection();
    OuterAddresses addresses = OuterAddresses.of(exchange);
    Identity idi = WireIdentities.assumingSubject(WireIdentities.own(connection, addresses.initiator()),
        exchange.responderConnection().remote().id().value());
    Optional<Identity> idr = WireIdentities.requested(connection);
    exchange.initiatorId(idi);
    idr.ifPresent(exchange::requestedResponderId);

    StrongswanAuthLog strongswan = new StrongswanAuthLog(initiator.bucket());
    if (initiator.isStrongswan() && WireIdentities.defaultedAtRunTime(connection)) {
      exchange.logInitiator(strongswan.defaultedToAddress(true, IdentityText.strongswan(idi)));
    }
    AuthMethod method = connection.local().auth().get(0).method().value();
    if (method == AuthMethod.PSK && PskLookup.knows(initiator.daemon(), connection)) {
      Identity peer = idr.orElseGet(() -> new AnyIdentity(connection.remote().id().value().written()));
      Optional<Secret> key = PskLookup.own(initiator.daemon(), connection, idi, peer, addresses.initiator(),
          addresses.responder());
      if (key.isEmpty()) {
        if (initiator.isStrongswan()) {
          exchange.logInitiator(strongswan.noSharedKey(idi, peer));
        } else {
          new LibreswanAuthLog(initiator.bucket()).noPskAsInitiator(idi).forEach(exchange::logInitiator);
        }
        return AuthFailure.initiatorGaveUp(exchange,
            new AuthDisagreements(exchange).keyMissing(true, idi, peer, Optional.empty()));
      }
    }
    if (initiator.isStrongswan() && method != AuthMethod.EAP) {
      exchange.logInitiator(strongswan.authenticatedMyself(idi, method));
    }
    return CheckStatus.CONTINUE;
  }
}
