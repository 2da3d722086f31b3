// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.negotiation.check;

import io.github.ipseclint.model.crypto.Proposal;
import io.github.ipseclint.model.crypto.TransformType;
import io.github.ipseclint.model.ipsec.AuthMethod;
import io.github.ipseclint.model.ipsec.Connection;
import io.github.ipseclint.model.ipsec.Identity;
import io.github.ipseclint.model.ipsec.SecretChoice;
import io.github.ipseclint.model.ipsec.SecretSelection;
import io.github.ipseclint.model.ipsec.SecretType;
import io.github.ipseclint.model.source.Span;
import io.github.ipseclint.negotiation.DaemonSettingsReader;
import io.github.ipseclint.negotiation.Peer;
import io.github.ipseclint.negotiation.exchange.Check;
import io.github.ipseclint.negotiation.exchange.CheckStatus;
import io.github.ipseclint.negotiation.exchange.Exchange;
import io.github.ipseclint.negotiation.outcome.Disagreement;
import io.github.ipseclint.negotiation.outcome.FailureClass;
import io.github.ipseclint.negotiation.outcome.Notify;
import io.github.ipseclint.negotiation.outcome.Phase;
import io.github.ipseclint.negotiation.wording.LibreswanWording;
import java.util.List;
import java.util.Optional;

/**
 * IKEv1 phase 1 authentication, kept minimal (negotiation.md §10.3 "strongSwan IKEv1", §11.2): a
 * strongSwan responder refuses Aggressive Mode with a pre-shared key unless
 * {@code charon.i_dont_care_about_security_and_use_aggressive_mode_psk} is set, and selects only
 * a config whose {@code aggressive} flag and authentication method fit the request. With PSK
 * authentication both ends must then use the same key, each looked up for its connection's IDs;
 * certificates are taken as valid. Libreswan's own mode and method filter ran with the first
 * packet ({@link FirstPacketCheck}).
 */
public final class PhaseOneAuthCheck implements Check {

  @Override
  public CheckStatus apply(Exchange exchange) {
    PhaseOneMode mode = PhaseOneMode.of(exchange.initiator().connection());
    AuthMethod method = phaseOneMethod(exchange.initiator().connection().local().auth().get(0).method().value());
    Peer responder = exchange.responder();
    if (responder.isStrongswan()) {
      if (mode == PhaseOneMode.AGGRESSIVE && method == AuthMethod.PSK && !responder.daemon().settings().aggressiveModePsk()) {
        exchange.logResponder("Aggressive Mode PSK disabled for security reasons");
        return refused(exchange, mode, Notify.AUTHENTICATION_FAILED, aggressivePskRefused(exchange));
      }
      List<Connection> fitting = exchange.responderCandidates().stream()
          .filter(c -> PhaseOneMode.of(c) == mode)
          .filter(c -> phaseOneMethod(c.remote().auth().get(0).method().value()) == method)
          .toList();
      if (fitting.isEmpty()) {
        int found = exchange.responderCandidates().size();
        exchange.logResponder("found " + found + " matching config" + (found == 1 ? "" : "s") + ", but none allows "
            + (method == AuthMethod.PSK ? "pre-shared key" : "RSA signature") + " authentication using " + mode.label());
        return refused(exchange, mode, Notify.AUTHENTICATION_FAILED, modeOrMethod(exchange, mode, method));
      }
      exchange.responderCandidates(fitting);
      exchange.responderConnection(fitting.get(0));
    }
    exchange.initiatorId(exchange.initiator().connection().local().id().value());
    exchange.responderId(exchange.responderConnection().local().id().value());
    if (method == AuthMethod.PSK) {
      Optional<CheckStatus> psk = pskMismatch(exchange, mode);
      if (psk.isPresent()) {
        return psk.get();
      }
    }
    logEstablished(exchange, method);
    return CheckStatus.CONTINUE;
  }

  /** IKEv1 phase 1 authenticates with a pre-shared key or a signature; XAuth rides on either. */
  private static AuthMethod phaseOneMethod(AuthMethod method) {
    return method == AuthMethod.PSK ? AuthMethod.PSK : AuthMethod.PUBKEY;
  }

  private static CheckStatus refused(Exchange exchange, PhaseOneMode mode, Notify notify, Disagreement cause) {
    FirstMessageFailure.notified(exchange, notify);
    exchange.fail(Phase.IKE_AUTH, mode.label(), Optional.of(notify), cause);
    return CheckStatus.STOP_IKE;
  }

  private static Disagreement aggressivePskRefused(Exchange exchange) {
    Peer responder = exchange.responder();
    Span setting = DaemonSettingsReader
        .charonSettingSpan(responder.daemon().host(), "i_dont_care_about_security_and_use_aggressive_mode_psk")
        .orElse(exchange.responderConnection().aggressive().span());
    return new Disagreement(FailureClass.AUTH_METHOD,
        Optional.of(exchange.initiator().connection().aggressive().span()), Optional.of(setting),
        exchange.initiator().label() + " uses IKEv1 Aggressive Mode with a pre-shared key, which strongSwan on "
            + responder.label() + " refuses unless charon.i_dont_care_about_security_and_use_aggressive_mode_psk = yes");
  }

  private static Disagreement modeOrMethod(Exchange exchange, PhaseOneMode mode, AuthMethod method) {
    Connection initiating = exchange.initiator().connection();
    Connection config = exchange.responderConnection();
    boolean sameMode = exchange.responderCandidates().stream().anyMatch(c -> PhaseOneMode.of(c) == mode);
    if (!sameMode) {
      return new Disagreement(FailureClass.IKE_VERSION, Optional.of(initiating.aggressive().span()),
          Optional.of(config.aggressive().span()),
          exchange.initiator().label() + " uses IKEv1 " + mode.label() + " but " + exchange.responder().label()
              + " is configured for " + (mode == PhaseOneMode.AGGRESSIVE ? "Main Mode (aggressive = no)" : "Aggressive Mode"));
    }
    return new Disagreement(FailureClass.AUTH_METHOD, Optional.of(initiating.local().auth().get(0).method().span()),
        Optional.of(config.remote().auth().get(0).method().span()),
        exchange.initiator().label() + " authenticates with " + (method == AuthMethod.PSK ? "a pre-shared key" : "a signature")
            + " but " + exchange.responder().label() + " expects the other method");
  }

  /**
   * Each end looks its key up for its own connection's IDs (Main Mode hides the peer's ID until
   * the key is needed). A missing key stops that end; a different key only shows when the
   * responder cannot decrypt message 5.
   */
  private static Optional<CheckStatus> pskMismatch(Exchange exchange, PhaseOneMode mode) {
    Peer initiator = exchange.initiator();
    Peer responder = exchange.responder();
    Connection initiating = initiator.connection();
    Connection responding = exchange.responderConnection();
    Optional<SecretChoice> initiatorKey = key(initiator, initiating);
    Optional<SecretChoice> responderKey = key(new Peer(responder.daemon(), responding), responding);
    if (initiatorKey.isEmpty()) {
      exchange.logInitiator(noKeyLine(initiator, initiating));
      exchange.fail(Phase.IKE_AUTH, mode.label(), Optional.empty(), pskCause(exchange,
          Optional.of(initiating.local().id().span()), Optional.empty(),
          initiator.label() + " has no pre-shared key for its IDs"));
      return Optional.of(CheckStatus.STOP_IKE);
    }
    if (responderKey.isEmpty()) {
      exchange.logResponder(noKeyLine(responder, responding));
      exchange.fail(Phase.IKE_AUTH, mode.label(), Optional.of(Notify.AUTHENTICATION_FAILED), pskCause(exchange,
          Optional.empty(), Optional.of(responding.local().id().span()),
          responder.label() + " has no pre-shared key for its IDs"));
      FirstMessageFailure.notified(exchange, Notify.AUTHENTICATION_FAILED);
      return Optional.of(CheckStatus.STOP_IKE);
    }
    if (initiatorKey.get().secret().key().equals(responderKey.get().secret().key())) {
      return Optional.empty();
    }
    differentKeys(exchange, mode, pskCause(exchange, Optional.of(initiatorKey.get().secret().span()),
        Optional.of(responderKey.get().secret().span()),
        initiator.label() + " and " + responder.label() + " use different pre-shared keys"));
    return Optional.of(CheckStatus.STOP_IKE);
  }

  /**
   * Main Mode: the responder cannot decrypt message 5, which the initiator encrypted with its key.
   * Aggressive Mode: the initiator finds the responder's hash wrong (how pluto words that was not
   * analysed).
   */
  private static void differentKeys(Exchange exchange, PhaseOneMode mode, Disagreement cause) {
    if (mode == PhaseOneMode.AGGRESSIVE) {
      if (exchange.initiator().isStrongswan()) {
        exchange.logInitiator("calculated HASH does not match HASH payload");
      }
      exchange.fail(Phase.IKE_AUTH, mode.label(), Optional.of(Notify.AUTHENTICATION_FAILED), cause);
    } else if (exchange.responder().isStrongswan()) {
      exchange.logResponder("invalid ID_V1 payload length, decryption failed?");
      exchange.logResponder("message parsing failed");
      exchange.logResponder("ID_PROT request with message ID 0 processing failed");
      FirstMessageFailure.notified(exchange, Notify.PAYLOAD_MALFORMED);
      exchange.fail(Phase.IKE_AUTH, mode.label(), Optional.of(Notify.PAYLOAD_MALFORMED), cause);
    } else {
      // pluto's handling of an undecryptable message 5 was not analysed (negotiation.md §15.1 item 11):
      // it is taken to answer nothing, so the initiator times out.
      FirstMessageFailure.unanswered(exchange);
      exchange.fail(Phase.IKE_AUTH, mode.label(), Optional.empty(), cause);
    }
  }

  private static Optional<SecretChoice> key(Peer peer, Connection connection) {
    return SecretSelection.of(connection.target().implementation()).select(peer.daemon().secretsFor(connection),
        SecretType.IKE_PSK, connection.local().id().value(), connection.remote().id().value());
  }

  private static String noKeyLine(Peer peer, Connection connection) {
    if (peer.isStrongswan()) {
      return "no shared key found for '" + display(connection.local().id().value()) + "' - '"
          + display(connection.remote().id().value()) + "'";
    }
    return "authentication failed: no PSK found for '" + connection.local().id().value().written().value().display() + "'";
  }

  private static Disagreement pskCause(Exchange exchange, Optional<Span> initiator, Optional<Span> responder, String why) {
    return new Disagreement(FailureClass.PSK, initiator, responder, why);
  }

  private static void logEstablished(Exchange exchange, AuthMethod method) {
    Connection initiating = exchange.initiator().connection();
    Connection responding = exchange.responderConnection();
    String initiatorSide = Endpoints.of(exchange).initiatorText() + "[" + display(initiating.local().id().value()) + "]";
    String responderSide = Endpoints.of(exchange).responderText() + "[" + display(responding.local().id().value()) + "]";
    if (exchange.initiator().isStrongswan()) {
      exchange.logInitiator("IKE_SA " + initiating.name() + "[1] established between " + initiatorSide + "..." + responderSide);
    } else {
      exchange.logInitiator("IKE SA established " + summary(exchange, method));
    }
    if (exchange.responder().isStrongswan()) {
      exchange.logResponder("IKE_SA " + responding.name() + "[1] established between " + responderSide + "..." + initiatorSide);
    } else {
      exchange.logResponder("IKE SA established " + summary(exchange, method));
    }
  }

  /** {@code {auth=PRESHARED_KEY cipher=AES_CBC_256 integ=HMAC_SHA2_256 group=MODP2048}} (4.10 run). */
  private static String summary(Exchange exchange, AuthMethod method) {
    Proposal suite = exchange.ikeSuite().orElseThrow();
    String cipher = suite.of(TransformType.ENCR).stream().findFirst().map(t -> t.canonicalName()).orElse("n/a");
    String hash = suite.of(TransformType.PRF).stream().findFirst()
        .map(t -> t.ianaName().replace("PRF_", "")).orElse("n/a");
    String group = suite.of(TransformType.KE).stream().findFirst().map(LibreswanWording::group).orElse("n/a");
    return "{auth=" + (method == AuthMethod.PSK ? "PRESHARED_KEY" : "RSA_SIG") + " cipher=" + cipher + " integ=" + hash
        + " group=" + group + "}";
  }

  /** charon prints an FQDN ID without its {@code @}. */
  private static String display(Identity id) {
    String text = id.written().value().display();
    return text.startsWith("@") && !text.startsWith("@#") ? text.substring(1) : text;
  }
}
