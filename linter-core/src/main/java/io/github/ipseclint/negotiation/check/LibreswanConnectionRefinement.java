// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.negotiation.check;

import io.github.ipseclint.model.ipsec.AuthMethod;
import io.github.ipseclint.model.ipsec.Connection;
import io.github.ipseclint.model.ipsec.Identity;
import io.github.ipseclint.negotiation.auth.AuthDisagreements;
import io.github.ipseclint.negotiation.auth.IdentityMatch;
import io.github.ipseclint.negotiation.auth.LibreswanAuthLog;
import io.github.ipseclint.negotiation.auth.OuterAddresses;
import io.github.ipseclint.negotiation.auth.WireIdentities;
import io.github.ipseclint.negotiation.exchange.CheckStatus;
import io.github.ipseclint.negotiation.exchange.Exchange;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * pluto's IKE_AUTH "refinement" (negotiation.md §10.2): starting from the connection of
 * IKE_SA_INIT, a connection fits when its remote auth method is the one the peer used, its local
 * ID matches a requested IDr and its remote ID the IDi. An exact match of both IDs is taken at
 * once, otherwise the best wildcard match; when nothing fits, the current connection stays. The
 * peer's ID must then match the chosen connection, or the request is refused.
 */
final class LibreswanConnectionRefinement {

  CheckStatus select(Exchange exchange) {
    OuterAddresses addresses = OuterAddresses.of(exchange);
    Identity idi = exchange.initiatorId().orElseThrow();
    Optional<Identity> idr = exchange.requestedResponderId();
    AuthMethod used = exchange.initiator().connection().local().auth().get(0).method().value();

    Connection chosen = exchange.responderConnection();
    int best = 0;
    for (Connection candidate : inOrder(exchange)) {
      int score = fit(candidate, idi, idr, used, addresses);
      if (score == 2 * IdentityMatch.EXACT) {
        chosen = candidate;
        break;
      }
      if (score > best) {
        best = score;
        chosen = candidate;
      }
    }
    exchange.responderConnection(chosen);
    Identity expected = WireIdentities.expectedPeer(chosen, addresses.initiatorAsSeen());
    if (IdentityMatch.libreswan(idi, expected) == 0) {
      LibreswanAuthLog log = new LibreswanAuthLog(exchange.responder().bucket());
      if (log.isFour()) {
        exchange.logResponder(log.peerIdMismatched(idi));
      }
      return AuthFailure.refusedByResponder(exchange, new AuthDisagreements(exchange).idRefused(true, idi, expected));
    }
    return CheckStatus.CONTINUE;
  }

  /** The current connection first, then the others in load order. */
  private static List<Connection> inOrder(Exchange exchange) {
    List<Connection> order = new ArrayList<>();
    order.add(exchange.responderConnection());
    exchange.responderCandidates().stream().filter(c -> c != exchange.responderConnection()).forEach(order::add);
    return order;
  }

  /** The sum of both ID scores, or 0 when the candidate does not fit at all. */
  private static int fit(Connection candidate, Identity idi, Optional<Identity> idr, AuthMethod used,
      OuterAddresses addresses) {
    if (candidate.remote().auth().get(0).method().value() != used) {
      return 0;
    }
    int local = idr.map(requested -> IdentityMatch.libreswan(requested,
        WireIdentities.own(candidate, addresses.responder()))).orElse(IdentityMatch.EXACT);
    int remote = IdentityMatch.libreswan(idi, WireIdentities.expectedPeer(candidate, addresses.initiatorAsSeen()));
    return local == 0 || remote == 0 ? 0 : local + remote;
  }
}
