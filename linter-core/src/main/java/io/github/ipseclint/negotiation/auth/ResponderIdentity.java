// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.negotiation.auth;

import io.github.ipseclint.model.ipsec.Connection;
import io.github.ipseclint.model.ipsec.Identity;
import io.github.ipseclint.negotiation.exchange.Exchange;
import java.util.Optional;

/**
 * The IDr a responder answers with (negotiation.md §10.1). strongSwan: the requested IDr when
 * one came (its peer config's local ID matched it, or it has none and adopts it), else its
 * configured local ID, else its address. Libreswan: always its own {@code leftid}.
 */
public final class ResponderIdentity {

  private ResponderIdentity() {}

  public static Identity of(Exchange exchange, Connection selected) {
    OuterAddresses addresses = OuterAddresses.of(exchange);
    if (exchange.responder().isStrongswan()) {
      Optional<Identity> requested = exchange.requestedResponderId();
      if (requested.isPresent()) {
        return requested.get();
      }
    }
    return WireIdentities.assumingSubject(WireIdentities.own(selected, addresses.responder()),
        exchange.initiator().connection().remote().id().value());
  }
}
