// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.negotiation.check;

import io.github.ipseclint.model.ipsec.Connection;
import io.github.ipseclint.model.ipsec.Identity;
import io.github.ipseclint.negotiation.auth.AuthDisagreements;
import io.github.ipseclint.negotiation.auth.IdentityMatch;
import io.github.ipseclint.negotiation.auth.IdentityText;
import io.github.ipseclint.negotiation.auth.IkeConfigMatch;
import io.github.ipseclint.negotiation.auth.OuterAddresses;
import io.github.ipseclint.negotiation.auth.StrongswanAuthLog;
import io.github.ipseclint.negotiation.auth.WireIdentities;
import io.github.ipseclint.negotiation.exchange.CheckStatus;
import io.github.ipseclint.negotiation.exchange.Exchange;
import io.github.ipseclint.negotiation.outcome.Disagreement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * charon's peer-config look-up for IKE_AUTH (backend_manager.c): a candidate's local ID must match
 * the requested IDr (or it has none, or none was requested) and its remote ID the IDi, each
 * compared in either direction. Candidates are ranked by the sum of the two ID matches and by
 * the address match; a new candidate goes before the first one it beats on one key without
 * losing on the other, so ties keep load order.
 */
final class StrongswanPeerConfigs {
  /** ID_MATCH_ANY: no ID to compare counts as matching anything. */
  private static final int ANY = 1;

  private record Ranked(Connection connection, int idMatch, int addressMatch) {
    boolean beats(Ranked other) {
      return addressMatch > other.addressMatch && idMatch >= other.idMatch
          || addressMatch >= other.addressMatch && idMatch > other.idMatch;
    }
  }

  CheckStatus select(Exchange exchange) {
    OuterAddresses addresses = OuterAddresses.of(exchange);
    Identity idi = exchange.initiatorId().orElseThrow();
    Optional<Identity> idr = exchange.requestedResponderId();
    StrongswanAuthLog log = new StrongswanAuthLog(exchange.responder().bucket());
    exchange.logResponder(log.lookingForPeerConfigs(addresses.responderText(),
        idr.map(IdentityText::strongswan).orElse("%any"), addresses.initiatorAsSeenText(), idi));

    List<Ranked> ranked = new ArrayList<>();
    for (Connection candidate : exchange.responderCandidates()) {
      int remote = IdentityMatch.strongswanEitherWay(idi, WireIdentities.expectedPeer(candidate, addresses.initiatorAsSeen()));
      int local = idr.isEmpty() ? ANY : WireIdentities.strongswanConfiguredLocal(candidate)
          .map(configured -> IdentityMatch.strongswanEitherWay(idr.get(), configured)).orElse(ANY);
      if (remote > 0 && local > 0) {
        insert(ranked, new Ranked(candidate, remote + local,
            IkeConfigMatch.score(candidate, addresses.responder(), addresses.initiatorAsSeen())));
      }
    }
    if (ranked.isEmpty()) {
      exchange.logResponder(log.noMatchingPeerConfig());
      return AuthFailure.refusedByResponder(exchange, cause(exchange, addresses, idi, idr));
    }
    Connection selected = ranked.get(0).connection();
    exchange.logResponder(log.selectedPeerConfig(selected.name()));
    exchange.responderConnection(selected);
    exchange.responderCandidates(ranked.stream().map(Ranked::connection).toList());
    return CheckStatus.CONTINUE;
  }

  private static void insert(List<Ranked> ranked, Ranked entry) {
    for (int i = 0; i < ranked.size(); i++) {
      if (entry.beats(ranked.get(i))) {
        ranked.add(i, entry);
        return;
      }
    }
    ranked.add(entry);
  }

  /** Why the paired connection did not fit: the IDi it expects, else the IDr it does not offer. */
  private static Disagreement cause(Exchange exchange, OuterAddresses addresses, Identity idi, Optional<Identity> idr) {
    Connection paired = exchange.responderConnection();
    AuthDisagreements disagreements = new AuthDisagreements(exchange);
    Identity expected = WireIdentities.expectedPeer(paired, addresses.initiatorAsSeen());
    Optional<Identity> local = WireIdentities.strongswanConfiguredLocal(paired);
    if (IdentityMatch.strongswanEitherWay(idi, expected) == 0 || idr.isEmpty() || local.isEmpty()) {
      return disagreements.idRefused(true, idi, expected);
    }
    return disagreements.requestedIdNotOffered(idr.get(), local.get());
  }
}
