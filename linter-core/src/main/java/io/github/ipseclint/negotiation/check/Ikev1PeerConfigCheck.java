// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.negotiation.check;

import io.github.ipseclint.model.ipsec.AuthMethod;
import io.github.ipseclint.model.ipsec.Connection;
import io.github.ipseclint.model.ipsec.Identity;
import io.github.ipseclint.negotiation.auth.AuthDisagreements;
import io.github.ipseclint.negotiation.auth.IdentityMatch;
import io.github.ipseclint.negotiation.auth.Ikev1AuthLog;
import io.github.ipseclint.negotiation.auth.WireIdentities;
import io.github.ipseclint.negotiation.exchange.Check;
import io.github.ipseclint.negotiation.exchange.CheckStatus;
import io.github.ipseclint.negotiation.exchange.Exchange;
import io.github.ipseclint.negotiation.outcome.Notify;
import io.github.ipseclint.negotiation.outcome.Phase;
import java.util.ArrayList;
import java.util.List;

/**
 * IKEv1 phase 1: the responder's configuration for the initiator's ID (message 5 of Main Mode,
 * message 1 of Aggressive Mode; negotiation.md §10.5, §11.2). strongSwan takes the first peer
 * config whose remote ID matches IDi and that allows the method and mode used ({@code found <n>
 * matching config(s), but none allows ...}), then refuses Aggressive Mode with a PSK unless
 * {@code i_dont_care_about_security_and_use_aggressive_mode_psk} is set. Libreswan's connection
 * must allow the method and accept IDi.
 */
public final class Ikev1PeerConfigCheck implements Check {

  @Override
  public CheckStatus apply(Exchange exchange) {
    PhaseOne phase = PhaseOne.of(exchange);
    Identity idi = phase.initiatorId();
    exchange.initiatorId(idi);
    return exchange.responder().isStrongswan() ? strongswan(phase, idi) : libreswan(phase, idi);
  }

  private static CheckStatus strongswan(PhaseOne phase, Identity idi) {
    Exchange exchange = phase.exchange();
    AuthDisagreements disagreements = new AuthDisagreements(exchange);
    List<Connection> matching = new ArrayList<>();
    for (Connection candidate : exchange.responderCandidates()) {
      Identity expected = WireIdentities.expectedPeer(candidate, phase.addresses().initiatorAsSeen());
      if (IdentityMatch.strongswanEitherWay(idi, expected) > 0) {
        matching.add(candidate);
      }
    }
    if (matching.isEmpty()) {
      Identity expected = WireIdentities.expectedPeer(exchange.responderConnection(), phase.addresses().initiatorAsSeen());
      return phase.refusedByResponder(Notify.AUTHENTICATION_FAILED, disagreements.idRefused(true, idi, expected));
    }
    Connection usable = matching.stream()
        .filter(candidate -> candidate.remote().auth().get(0).method().value().accepts(phase.method()))
        .filter(candidate -> candidate.aggressive().value() == phase.aggressive())
        .findFirst().orElse(null);
    if (usable == null) {
      exchange.logResponder(Ikev1AuthLog.strongswanNoneAllows(matching.size(), phase.method(), phase.aggressive()));
      Connection first = matching.get(0);
      boolean methodFits = first.remote().auth().get(0).method().value().accepts(phase.method());
      return phase.refusedByResponder(Notify.AUTHENTICATION_FAILED, methodFits
          ? disagreements.modeRefused(first, phase.aggressive())
          : disagreements.methodRefused(true, phase.method(), first.remote().auth().get(0).method().value()));
    }
    exchange.responderConnection(usable);
    if (phase.aggressive() && phase.method() == AuthMethod.PSK && !exchange.responder().daemon().settings().aggressiveModePsk()) {
      exchange.logResponder(Ikev1AuthLog.strongswanAggressivePskRefused());
      return phase.refusedByResponder(Notify.AUTHENTICATION_FAILED, disagreements.aggressivePskRefused(usable));
    }
    return CheckStatus.CONTINUE;
  }

  private static CheckStatus libreswan(PhaseOne phase, Identity idi) {
    Exchange exchange = phase.exchange();
    Connection connection = exchange.responderConnection();
    AuthMethod expected = connection.remote().auth().get(0).method().value();
    AuthDisagreements disagreements = new AuthDisagreements(exchange);
    if (expected != phase.method()) {
      exchange.logResponder(Ikev1AuthLog.libreswanNoConnectionForAuthby(phase.addresses().initiatorAsSeenText(),
          phase.method()));
      return phase.unanswered(Phase.IKE_SA_INIT, disagreements.methodRefused(true, phase.method(), expected));
    }
    Identity expectedId = WireIdentities.expectedPeer(connection, phase.addresses().initiatorAsSeen());
    if (IdentityMatch.libreswan(idi, expectedId) == 0) {
      // pluto's IKEv1 diagnostics for a peer ID were not analysed; it is taken to answer nothing
      return phase.unanswered(Phase.IKE_AUTH, disagreements.idRefused(true, idi, expectedId));
    }
    return CheckStatus.CONTINUE;
  }
}
