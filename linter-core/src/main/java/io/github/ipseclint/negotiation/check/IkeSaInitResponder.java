// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.negotiation.check;

import io.github.ipseclint.model.crypto.Proposal;
import io.github.ipseclint.model.ipsec.Connection;
import io.github.ipseclint.model.target.VersionBucket;
import io.github.ipseclint.negotiation.Peer;
import io.github.ipseclint.negotiation.exchange.Exchange;
import io.github.ipseclint.negotiation.proposal.KeHandling;
import io.github.ipseclint.negotiation.proposal.ProposalMatch;
import io.github.ipseclint.negotiation.proposal.ProposalMatcher;
import io.github.ipseclint.negotiation.wording.LibreswanWording;
import io.github.ipseclint.negotiation.wording.StrongswanWording;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The responder's IKE proposal selection in IKE_SA_INIT (negotiation.md §3.1, §3.2, §10.2) with
 * the lines it logs. It never looks at KEi. strongSwan tries the best IKE config for the addresses
 * first and, when its proposals do not match, every other one in score order ("trying
 * alternative config"); Libreswan uses only the connection it found for the first packet.
 */
final class IkeSaInitResponder {
  /** A selection: the responder's connection whose IKE proposals matched, and the match. */
  record Selected(Connection config, ProposalMatch match) {}

  private final Exchange exchange;
  private final Peer responder;
  private final ProposalMatcher matcher;

  IkeSaInitResponder(Exchange exchange) {
    this.exchange = exchange;
    this.responder = exchange.responder();
    this.matcher = ProposalMatcher.forResponder(exchange.responder(), exchange.initiator());
  }

  /** The responder's connections for the first packet, best first (C1's). */
  List<Connection> configs() {
    return exchange.firstPacketConfigs();
  }

  /** Selects from {@code offered}, logging what the responder logs; empty when nothing matches. */
  Optional<Selected> select(List<Proposal> offered) {
    List<Proposal> received = understood(offered);
    List<Connection> configs = configs();
    if (!responder.isStrongswan()) {
      return libreswan(received, offered, configs.get(0));
    }
    for (int i = 0; i < configs.size(); i++) {
      Connection config = configs.get(i);
      List<Proposal> configured = configured(config);
      Optional<ProposalMatch> match = matcher.select(received, configured, KeHandling.WITH_KE);
      if (match.isPresent()) {
        exchange.logResponder("selected proposal: " + StrongswanWording.proposal(match.get().suite()));
        return Optional.of(new Selected(config, match.get()));
      }
      exchange.logResponder("received proposals: " + StrongswanWording.proposals(offered));
      exchange.logResponder("configured proposals: " + StrongswanWording.proposals(configured));
      if (i == 0 && configs.size() > 1) {
        exchange.logResponder("no matching proposal found, trying alternative config");
      }
    }
    exchange.logResponder("received proposals unacceptable");
    return Optional.empty();
  }

  /**
   * The responder's connections that can carry the negotiated suite, in C1's order: charon's
   * IKE_AUTH only considers peer configs whose IKE config contains it (§10.2 step 3); pluto's
   * IKE_AUTH refinement does not look at IKE proposals.
   */
  List<Connection> carrying(Proposal suite) {
    List<Connection> configs = configs();
    if (!responder.isStrongswan()) {
      return configs;
    }
    return configs.stream()
        .filter(config -> matcher.select(List.of(suite), configured(config), KeHandling.WITH_KE).isPresent())
        .toList();
  }

  private Optional<Selected> libreswan(List<Proposal> received, List<Proposal> offered, Connection config) {
    List<Proposal> configured = configured(config);
    Optional<ProposalMatch> match = matcher.select(received, configured, KeHandling.WITH_KE);
    VersionBucket bucket = responder.bucket();
    boolean fromStrongswan = exchange.initiator().isStrongswan();
    if (match.isEmpty()) {
      exchange.logResponder("no local proposal matches remote proposals "
          + LibreswanWording.remoteProposals(offered, Map.of(), fromStrongswan, bucket));
      return Optional.empty();
    }
    exchange.logResponder(LibreswanWording.chosen(match.get().receivedIndex() + 1, match.get().suite(), bucket)
        + " chosen from remote proposals "
        + LibreswanWording.remoteProposals(offered, markers(offered, configured), fromStrongswan, bucket));
    return Optional.of(new Selected(config, match.get()));
  }

  /**
   * pluto marks the remote proposal that first matched a local one {@code first-match} and each
   * later one that matched a better (earlier) local proposal {@code better-match}.
   */
  private Map<Integer, String> markers(List<Proposal> offered, List<Proposal> configured) {
    Map<Integer, String> markers = new LinkedHashMap<>();
    int best = Integer.MAX_VALUE;
    for (int i = 0; i < offered.size(); i++) {
      Optional<ProposalMatch> alone = matcher.select(List.of(offered.get(i)), configured, KeHandling.WITH_KE);
      if (alone.isPresent() && alone.get().configuredIndex() < best) {
        markers.put(i + 1, best == Integer.MAX_VALUE ? "first-match" : "better-match");
        best = alone.get().configuredIndex();
      }
    }
    return markers;
  }

  /**
   * strongSwan before 6.0 does not know the additional key exchange transform types and so cannot
   * match a proposal carrying one; Libreswan's matcher skips such proposals itself.
   */
  private List<Proposal> understood(List<Proposal> offered) {
    if (!responder.isStrongswan() || responder.bucket().isAtLeast(VersionBucket.SW60)) {
      return offered;
    }
    return offered.stream()
        .filter(p -> p.transforms().stream().noneMatch(t -> t.type().isAdditionalKeyExchange()))
        .toList();
  }

  static List<Proposal> configured(Connection config) {
    return config.ikeProposals().value().proposals().stream().filter(Proposal::isValid).toList();
  }
}
