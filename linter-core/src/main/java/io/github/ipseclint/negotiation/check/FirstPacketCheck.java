// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.negotiation.check;

import io.github.ipseclint.model.crypto.IkeVersion;
import io.github.ipseclint.model.ipsec.AuthMethod;
import io.github.ipseclint.model.ipsec.Connection;
import io.github.ipseclint.model.source.Span;
import io.github.ipseclint.model.target.VersionBucket;
import io.github.ipseclint.negotiation.DaemonSettings.Ikev1Policy;
import io.github.ipseclint.negotiation.DaemonSettingsReader;
import io.github.ipseclint.negotiation.Peer;
import io.github.ipseclint.negotiation.exchange.Check;
import io.github.ipseclint.negotiation.exchange.CheckStatus;
import io.github.ipseclint.negotiation.exchange.Exchange;
import io.github.ipseclint.negotiation.outcome.Disagreement;
import io.github.ipseclint.negotiation.outcome.FailureClass;
import io.github.ipseclint.negotiation.outcome.Notify;
import io.github.ipseclint.negotiation.outcome.Phase;
import io.github.ipseclint.negotiation.selector.Endpoints;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * C1 (negotiation.md §14.2): the first packet reaches the responder, which needs a connection
 * for its addresses and IKE version (§10.2 step 1, §11.1). The initiator sends IKEv2 unless it is
 * configured for IKEv1 only. Without a connection strongSwan answers NO_PROPOSAL_CHOSEN; Libreswan
 * does too for IKEv2, and for IKEv1 drops the packet (its {@code ikev1-policy}) or answers nothing.
 */
public final class FirstPacketCheck implements Check {

  @Override
  public CheckStatus apply(Exchange exchange) {
    Connection initiating = exchange.initiator().connection();
    IkeVersion version = initiating.version().value() == IkeVersion.IKEV1 ? IkeVersion.IKEV1 : IkeVersion.IKEV2;
    exchange.ikeVersion(version);
    Endpoints endpoints = exchange.endpoints();
    PhaseOneMode mode = PhaseOneMode.of(initiating);
    logInitiatorStart(exchange, version, mode, endpoints);

    Peer responder = exchange.responder();
    if (version == IkeVersion.IKEV1 && !responder.isStrongswan()
        && responder.daemon().settings().ikev1Policy() != Ikev1Policy.ACCEPT) {
      return refusedIkev1(exchange, endpoints, mode);
    }
    ResponderConfigs configs = new ResponderConfigs(exchange, endpoints);
    List<Connection> candidates = configs.forVersion(version);
    if (version == IkeVersion.IKEV1 && !responder.isStrongswan()) {
      List<Connection> versionOnly = candidates;
      candidates = candidates.stream().filter(c -> fitsPhaseOne(c, initiating, mode)).toList();
      if (candidates.isEmpty()) {
        return noLibreswanIkev1Connection(exchange, endpoints, mode, versionOnly);
      }
    }
    if (candidates.isEmpty()) {
      return noConnection(exchange, version, mode, endpoints, configs.byAddress());
    }
    exchange.firstPacketConfigs(candidates);
    exchange.responderCandidates(candidates);
    exchange.responderConnection(candidates.get(0));
    if (responder.isStrongswan()) {
      exchange.logResponder(strongswanResponderStart(responder, version, mode, endpoints, Optional.of(candidates.get(0))));
    }
    return CheckStatus.CONTINUE;
  }

  /** Libreswan's IKEv1 lookup also needs the same exchange mode and authentication method. */
  private static boolean fitsPhaseOne(Connection candidate, Connection initiating, PhaseOneMode mode) {
    return PhaseOneMode.of(candidate) == mode && method(candidate.remote().auth().get(0).method().value())
        == method(initiating.local().auth().get(0).method().value());
  }

  /** IKEv1 phase 1 carries PSK or signature authentication; XAuth rides on either. */
  private static AuthMethod method(AuthMethod method) {
    return method == AuthMethod.PSK ? AuthMethod.PSK : AuthMethod.PUBKEY;
  }

  private static void logInitiatorStart(Exchange exchange, IkeVersion version, PhaseOneMode mode, Endpoints endpoints) {
    Peer initiator = exchange.initiator();
    String name = initiator.connection().name();
    if (initiator.isStrongswan()) {
      exchange.logInitiator(version == IkeVersion.IKEV1
          ? "initiating " + mode.label() + " IKE_SA " + name + "[1] to " + endpoints.responderText()
          : "initiating IKE_SA " + name + "[1] to " + endpoints.responderText());
      return;
    }
    if (version == IkeVersion.IKEV1) {
      boolean psk = initiator.connection().local().auth().get(0).method().value() == AuthMethod.PSK;
      if (mode == PhaseOneMode.AGGRESSIVE && psk) {
        exchange.logInitiator("IKEv1 Aggressive Mode with PSK is vulnerable to dictionary attacks and is cracked on "
            + "large scale by TLA's");
      }
      PhaseOneOffer.of(initiator, mode).warnings().forEach(exchange::logInitiator);
      exchange.logInitiator("initiating IKEv1 " + mode.label() + " connection");
      exchange.logInitiator("sent " + mode.label() + " request");
    } else if (initiator.bucket().isAtLeast(VersionBucket.LS5)) {
      exchange.logInitiator("initiating IKEv2 connection to " + endpoints.responderText() + " using UDP");
      exchange.logInitiator("sent IKE_SA_INIT request to " + endpoints.responderText() + ":UDP/500");
    }
  }

  /**
   * charon logs the packet's source when it creates the half-open IKE SA; 6.x names the IKE SA,
   * which it can only do once it has a config.
   */
  private static String strongswanResponderStart(Peer responder, IkeVersion version, PhaseOneMode mode,
      Endpoints endpoints, Optional<Connection> config) {
    String source = endpoints.initiatorText();
    if (version == IkeVersion.IKEV1) {
      return source + " is initiating a " + mode.label() + " IKE_SA";
    }
    if (responder.bucket().isAtLeast(VersionBucket.SW60) && config.isPresent()) {
      return source + " is initiating IKE_SA " + config.get().name() + "[1]";
    }
    return source + " is initiating an IKE_SA";
  }

  private static CheckStatus refusedIkev1(Exchange exchange, Endpoints endpoints, PhaseOneMode mode) {
    Peer responder = exchange.responder();
    Ikev1Policy policy = responder.daemon().settings().ikev1Policy();
    String packet = "packet from " + endpoints.initiatorText() + ":500: ";
    Optional<Span> policySetting = DaemonSettingsReader.ikev1PolicySpan(responder.daemon().host())
        .or(() -> Optional.of(responder.connection().version().span()));
    Disagreement cause = new Disagreement(FailureClass.IKE_VERSION,
        Optional.of(exchange.initiator().connection().version().span()), policySetting,
        exchange.initiator().label() + " initiates with IKEv1, which " + responder.label()
            + " refuses (Libreswan ikev1-policy=" + policy.name().toLowerCase(Locale.ROOT) + ")");
    if (policy == Ikev1Policy.REJECT) {
      exchange.logResponder(packet + "rejecting IKEv1 packet as global policy is set to reject all IKEv1 packets");
      FirstMessageFailure.notified(exchange, Notify.INVALID_MAJOR_VERSION);
      exchange.fail(Phase.IKE_SA_INIT, mode.label(), Optional.of(Notify.INVALID_MAJOR_VERSION), cause);
      return CheckStatus.STOP_IKE;
    }
    // Debian's 4.x patch words it without "global" (4.10 run); 5.x says "global policy".
    String scope = responder.bucket().isAtLeast(VersionBucket.LS5) ? "global policy" : "policy";
    exchange.logResponder(packet + "ignoring IKEv1 packet as " + scope + " is set to silently drop all IKEv1 packets");
    FirstMessageFailure.unanswered(exchange);
    exchange.fail(Phase.IKE_SA_INIT, mode.label(), Optional.empty(), cause);
    return CheckStatus.STOP_IKE;
  }

  private static CheckStatus noLibreswanIkev1Connection(Exchange exchange, Endpoints endpoints, PhaseOneMode mode,
      List<Connection> ikev1Connections) {
    Connection initiating = exchange.initiator().connection();
    boolean psk = method(initiating.local().auth().get(0).method().value()) == AuthMethod.PSK;
    exchange.logResponder("packet from " + endpoints.initiatorText() + ":500: initial " + mode.label()
        + " message received but no connection has been authorized with authby=" + (psk ? "PSK" : "RSASIG")
        + " and xauth=no");
    FirstMessageFailure.unanswered(exchange);
    Optional<Connection> sameMode = ikev1Connections.stream().filter(c -> PhaseOneMode.of(c) == mode).findFirst();
    Disagreement cause;
    if (sameMode.isPresent()) {
      cause = new Disagreement(FailureClass.AUTH_METHOD, Optional.of(initiating.local().auth().get(0).method().span()),
          Optional.of(sameMode.get().remote().auth().get(0).method().span()),
          exchange.initiator().label() + " authenticates with " + (psk ? "a pre-shared key" : "a signature")
              + " in IKEv1, which no IKEv1 connection of " + exchange.responder().label() + " accepts");
    } else if (!ikev1Connections.isEmpty()) {
      cause = new Disagreement(FailureClass.IKE_VERSION, Optional.of(initiating.aggressive().span()),
          Optional.of(ikev1Connections.get(0).aggressive().span()),
          exchange.initiator().label() + " starts IKEv1 " + mode.label() + " but " + exchange.responder().label()
              + " has no " + mode.label() + " connection for it");
    } else {
      cause = versionCause(exchange, IkeVersion.IKEV1, Optional.empty());
    }
    exchange.fail(Phase.IKE_SA_INIT, mode.label(), Optional.empty(), cause);
    return CheckStatus.STOP_IKE;
  }

  private static CheckStatus noConnection(Exchange exchange, IkeVersion version, PhaseOneMode mode,
      Endpoints endpoints, List<Connection> byAddress) {
    Peer responder = exchange.responder();
    String exchangeName = version == IkeVersion.IKEV1 ? mode.label() : "IKE_SA_INIT";
    if (responder.isStrongswan()) {
      if (!responder.bucket().isAtLeast(VersionBucket.SW60)) {
        exchange.logResponder(strongswanResponderStart(responder, version, mode, endpoints, Optional.empty()));
      }
      exchange.logResponder("no IKE config found for " + endpoints.responderText() + "..." + endpoints.initiatorText()
          + ", sending NO_PROPOSAL_CHOSEN");
    } else {
      exchange.logResponder("packet from " + endpoints.initiatorText() + ":500: responding to IKE_SA_INIT request with "
          + "Message ID 0 with unencrypted notification NO_PROPOSAL_CHOSEN, no suitable connection found with IKEv2 policy");
    }
    FirstMessageFailure.notified(exchange, Notify.NO_PROPOSAL_CHOSEN);
    Optional<Connection> other = byAddress.stream().filter(c -> c == responder.connection()).findFirst()
        .or(() -> byAddress.stream().findFirst());
    exchange.fail(Phase.IKE_SA_INIT, exchangeName, Optional.of(Notify.NO_PROPOSAL_CHOSEN),
        versionCause(exchange, version, other));
    return CheckStatus.STOP_IKE;
  }

  /**
   * @param fitting a responder connection that fits the addresses but not the version; empty when
   *     none fits the addresses either
   */
  private static Disagreement versionCause(Exchange exchange, IkeVersion version, Optional<Connection> fitting) {
    Connection initiating = exchange.initiator().connection();
    String versionText = version == IkeVersion.IKEV1 ? "IKEv1" : "IKEv2";
    if (fitting.isPresent()) {
      return new Disagreement(FailureClass.IKE_VERSION, Optional.of(initiating.version().span()),
          Optional.of(fitting.get().version().span()),
          exchange.initiator().label() + " initiates with " + versionText + " but the matching connection "
              + exchange.responder().daemon().name() + "#" + fitting.get().name() + " does not accept " + versionText);
    }
    Connection paired = exchange.responder().connection();
    return new Disagreement(FailureClass.IKE_VERSION, Optional.of(initiating.version().span()),
        Optional.of(paired.version().span()),
        exchange.responder().label() + " has no loaded " + versionText + " connection for the addresses "
            + exchange.initiator().label() + " uses");
  }
}
