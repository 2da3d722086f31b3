// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.negotiation.check;

import io.github.ipseclint.model.ipsec.AuthMethod;
import io.github.ipseclint.model.ipsec.AuthRound;
import io.github.ipseclint.model.ipsec.Connection;
import io.github.ipseclint.negotiation.auth.AuthDisagreements;
import io.github.ipseclint.negotiation.auth.CaConstraint;
import io.github.ipseclint.negotiation.auth.LibreswanAuthLog;
import io.github.ipseclint.negotiation.auth.StrongswanAuthLog;
import io.github.ipseclint.negotiation.exchange.Check;
import io.github.ipseclint.negotiation.exchange.CheckStatus;
import io.github.ipseclint.negotiation.exchange.Exchange;
import io.github.ipseclint.negotiation.outcome.Disagreement;
import java.util.List;
import java.util.Optional;

/**
 * C6: the responder verifies the initiator (negotiation.md §14.2 C6, §10.3-§10.6).
 *
 * <p>strongSwan verifies the AUTH payload first and only then checks the method against the
 * selected peer config; a config that wanted another method is replaced by the next candidate
 * that allows the method used ({@code switching to peer config}), and without one the request is
 * refused (case C27). An initiator that authenticates with EAP sends no AUTH: a strongSwan
 * responder then needs a config whose remote round is EAP. Libreswan checks the method first and
 * serves EAP only as EAP-TLS on an {@code eaponly} connection (case C26).
 */
public final class InitiatorAuthenticationCheck implements Check {
  /** The one EAP method Libreswan serves (negotiation.md §10.6). */
  private static final String LIBRESWAN_EAP_TYPE = "tls";

  private final StrongswanVerifier strongswan = new StrongswanVerifier();
  private final LibreswanVerifier libreswan = new LibreswanVerifier();

  @Override
  public CheckStatus apply(Exchange exchange) {
    AuthDirection direction = AuthDirection.initiatorSigns(exchange);
    if (direction.used() == AuthMethod.EAP) {
      return exchange.responder().isStrongswan() ? strongswanEap(direction) : libreswanEap(direction);
    }
    if (!exchange.responder().isStrongswan()) {
      return libreswan.verify(direction)
          .map(cause -> AuthFailure.refusedByResponder(exchange, cause))
          .orElse(CheckStatus.CONTINUE);
    }
    Optional<Disagreement> failed = strongswan.verify(direction);
    if (failed.isPresent()) {
      return AuthFailure.refusedByResponder(exchange, failed.get());
    }
    return strongswanCompliance(direction);
  }

  /** The authentication done against the selected config, switching to another config if needed. */
  private static CheckStatus strongswanCompliance(AuthDirection direction) {
    Exchange exchange = direction.exchange();
    Connection selected = exchange.responderConnection();
    AuthMethod used = direction.used();
    AuthMethod required = direction.expected();
    StrongswanAuthLog log = new StrongswanAuthLog(exchange.responder().bucket());
    if (required.accepts(used)) {
      caConstraint(exchange, used, log);
      return CheckStatus.CONTINUE;
    }
    exchange.logResponder(log.methodConstraint(required, used));
    exchange.logResponder(log.unacceptable(selected.name(), "non-matching authentication done"));
    return switchTo(direction, used, log,
        new AuthDisagreements(exchange).methodRefused(true, used, required));
  }

  /**
   * A config that binds the initiator's certificate to a CA, selected ahead of the paired one:
   * ipseclint cannot tell which CA issued the certificate, and the pairing says the initiator
   * belongs to the paired connection, so charon's constraint check is taken to refuse the first
   * and switch to it (strongSwan's multi-CA gateways keep one config per CA this way).
   */
  private static void caConstraint(Exchange exchange, AuthMethod used, StrongswanAuthLog log) {
    Connection selected = exchange.responderConnection();
    Connection paired = exchange.responder().connection();
    List<Connection> candidates = exchange.responderCandidates();
    if (used != AuthMethod.PUBKEY || selected == paired
        || candidates.indexOf(paired) <= candidates.indexOf(selected)
        || !CaConstraint.binds(exchange.responder().daemon().host(), selected)
        || !allows(paired.remote().auth().get(0).method().value(), used)) {
      return;
    }
    exchange.logResponder(log.unacceptable(selected.name(), "constraint checking failed"));
    exchange.logResponder(log.switchingTo(paired.name()));
    exchange.responderConnection(paired);
  }

  private static CheckStatus strongswanEap(AuthDirection direction) {
    Exchange exchange = direction.exchange();
    StrongswanAuthLog log = new StrongswanAuthLog(exchange.responder().bucket());
    if (!allows(direction.expected(), AuthMethod.EAP)) {
      exchange.logResponder(log.eapUnacceptable());
      AuthDisagreements disagreements = new AuthDisagreements(exchange);
      CheckStatus status = switchTo(direction, AuthMethod.EAP, log, disagreements.eapRefused(
          disagreements.end(false) + " has no configuration that accepts EAP from " + disagreements.end(true)));
      if (status != CheckStatus.CONTINUE) {
        return status;
      }
    }
    exchange.logResponder(log.authenticatedPeer(direction.signerId(), AuthMethod.EAP));
    return CheckStatus.CONTINUE;
  }

  private static CheckStatus libreswanEap(AuthDirection direction) {
    Exchange exchange = direction.exchange();
    AuthDisagreements disagreements = new AuthDisagreements(exchange);
    if (direction.expected() != AuthMethod.EAP) {
      exchange.logResponder(new LibreswanAuthLog(exchange.responder().bucket()).eapNotOffered());
      return AuthFailure.refusedByResponder(exchange, disagreements.eapRefused(disagreements.end(false)
          + " (Libreswan) does not serve EAP on this connection, it expects an AUTH payload from "
          + disagreements.end(true)));
    }
    AuthRound round = exchange.initiator().connection().local().auth().get(0);
    if (round.eapType().filter(type -> !type.equals(LIBRESWAN_EAP_TYPE)).isPresent()) {
      return AuthFailure.refusedByResponder(exchange, disagreements.eapRefused(disagreements.end(false)
          + " (Libreswan) serves only EAP-TLS, but " + disagreements.end(true) + " uses " + round.methodLabel()));
    }
    return CheckStatus.CONTINUE;
  }

  /** The next candidate config whose remote round allows the method, or the refusal. */
  private static CheckStatus switchTo(AuthDirection direction, AuthMethod used, StrongswanAuthLog log,
      Disagreement cause) {
    Exchange exchange = direction.exchange();
    List<Connection> candidates = exchange.responderCandidates();
    int at = candidates.indexOf(exchange.responderConnection());
    for (Connection next : candidates.subList(at + 1, candidates.size())) {
      if (allows(next.remote().auth().get(0).method().value(), used)) {
        exchange.logResponder(log.switchingTo(next.name()));
        exchange.responderConnection(next);
        return CheckStatus.CONTINUE;
      }
    }
    exchange.logResponder(log.noAlternative());
    return AuthFailure.refusedByResponder(exchange, cause);
  }

  /**
   * charon starts EAP only with a config that names EAP ({@code peer requested EAP, config
   * unacceptable} otherwise, §10.6); any other method also satisfies a round that accepts any.
   */
  private static boolean allows(AuthMethod configured, AuthMethod used) {
    return used == AuthMethod.EAP ? configured == AuthMethod.EAP : configured.accepts(used);
  }
}
