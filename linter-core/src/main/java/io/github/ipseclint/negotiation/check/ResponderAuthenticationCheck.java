// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.negotiation.check;

import io.github.ipseclint.model.ipsec.AnyIdentity;
import io.github.ipseclint.model.ipsec.AuthMethod;
import io.github.ipseclint.model.ipsec.Connection;
import io.github.ipseclint.model.ipsec.Identity;
import io.github.ipseclint.negotiation.auth.AuthDisagreements;
import io.github.ipseclint.negotiation.auth.IdentityMatch;
import io.github.ipseclint.negotiation.auth.LibreswanAuthLog;
import io.github.ipseclint.negotiation.auth.OuterAddresses;
import io.github.ipseclint.negotiation.auth.StrongswanAuthLog;
import io.github.ipseclint.negotiation.auth.WireIdentities;
import io.github.ipseclint.negotiation.exchange.Check;
import io.github.ipseclint.negotiation.exchange.CheckStatus;
import io.github.ipseclint.negotiation.exchange.Exchange;
import io.github.ipseclint.negotiation.outcome.Disagreement;
import java.util.Optional;

/**
 * C7: the initiator verifies the responder (negotiation.md §14.2 C7, §10.7). The responder has
 * already established the IKE SA; a refusal here makes the initiator send AUTHENTICATION_FAILED
 * (strongSwan) or delete the IKE SA (Libreswan).
 *
 * <p>strongSwan verifies the AUTH payload, then checks the method and the IDr against its
 * configured remote ID ({@code constraint check failed}, case C37); Libreswan checks the IDr
 * first, then the method, then the AUTH.
 */
public final class ResponderAuthenticationCheck implements Check {
  private final StrongswanVerifier strongswan = new StrongswanVerifier();
  private final LibreswanVerifier libreswan = new LibreswanVerifier();

  @Override
  public CheckStatus apply(Exchange exchange) {
    AuthDirection direction = AuthDirection.responderSigns(exchange);
    Optional<Disagreement> failed = exchange.initiator().isStrongswan()
        ? strongswan.verify(direction).or(() -> strongswanCompliance(direction))
        : libreswanIdentity(direction).or(() -> libreswan.verify(direction));
    if (failed.isPresent()) {
      return AuthFailure.refusedByInitiator(exchange, failed.get());
    }
    logEstablished(direction);
    return CheckStatus.CONTINUE;
  }

  /** The method and the IDr against the initiator's own peer config; there is no other to switch to. */
  private static Optional<Disagreement> strongswanCompliance(AuthDirection direction) {
    Exchange exchange = direction.exchange();
    Connection own = exchange.initiator().connection();
    StrongswanAuthLog log = new StrongswanAuthLog(exchange.initiator().bucket());
    AuthDisagreements disagreements = new AuthDisagreements(exchange);
    Identity idr = direction.signerId();
    Identity required = WireIdentities.expectedPeer(own, direction.peerAddress(true));
    Optional<Disagreement> failed = Optional.empty();
    String reason = "";
    if (!direction.expected().accepts(direction.used())) {
      exchange.logInitiator(log.methodConstraint(direction.expected(), direction.used()));
      failed = Optional.of(disagreements.methodRefused(false, direction.used(), direction.expected()));
      reason = "non-matching authentication done";
    }
    if (!(required instanceof AnyIdentity) && IdentityMatch.strongswan(idr, required) == 0) {
      exchange.logInitiator(log.identityConstraint(required, idr));
      if (failed.isEmpty()) {
        failed = Optional.of(disagreements.idRefused(false, idr, required));
        reason = "constraint checking failed";
      }
    }
    if (failed.isPresent()) {
      exchange.logInitiator(log.unacceptable(own.name(), reason));
      exchange.logInitiator(log.noAlternative());
    }
    return failed;
  }

  /** pluto's check of the IDr against {@code rightid}: only 4.x says why (negotiation.md §10.2 step 3). */
  private static Optional<Disagreement> libreswanIdentity(AuthDirection direction) {
    Exchange exchange = direction.exchange();
    Identity idr = direction.signerId();
    Identity expected = WireIdentities.expectedPeer(exchange.initiator().connection(), direction.peerAddress(true));
    if (IdentityMatch.libreswan(idr, expected) > 0) {
      return Optional.empty();
    }
    LibreswanAuthLog log = new LibreswanAuthLog(exchange.initiator().bucket());
    if (log.isFour()) {
      exchange.logInitiator(log.peerIdMismatched(idr));
    }
    return Optional.of(new AuthDisagreements(exchange).idRefused(false, idr, expected));
  }

  private static void logEstablished(AuthDirection direction) {
    Exchange exchange = direction.exchange();
    if (exchange.initiator().isStrongswan()) {
      OuterAddresses addresses = direction.addresses();
      exchange.logInitiator(new StrongswanAuthLog(exchange.initiator().bucket()).established(
          exchange.initiator().connection().name(),
          addresses.initiator().map(Object::toString).orElse(OuterAddresses.UNKNOWN),
          exchange.initiatorId().orElseThrow(), addresses.responderText(), direction.signerId()));
    } else {
      AuthMethod used = direction.used();
      exchange.logInitiator(new LibreswanAuthLog(exchange.initiator().bucket())
          .established(true, used, direction.signerId()));
    }
  }
}
