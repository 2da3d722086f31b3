// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.negotiation.auth;

import io.github.ipseclint.model.ipsec.AuthMethod;
import io.github.ipseclint.model.ipsec.Connection;
import io.github.ipseclint.model.ipsec.Identity;
import io.github.ipseclint.model.ipsec.Secret;
import io.github.ipseclint.model.ipsec.SecretType;
import io.github.ipseclint.model.ipsec.UnresolvedHostIdentity;
import io.github.ipseclint.model.source.Span;
import io.github.ipseclint.model.target.Implementation;
import io.github.ipseclint.negotiation.Daemon;
import io.github.ipseclint.negotiation.DaemonSettingsReader;
import io.github.ipseclint.negotiation.Peer;
import io.github.ipseclint.negotiation.exchange.Exchange;
import io.github.ipseclint.negotiation.outcome.Disagreement;
import io.github.ipseclint.negotiation.outcome.FailureClass;
import java.util.Optional;

/**
 * The disagreements of IKE_AUTH, each pointing at the setting on both ends: the ID lines, the
 * auth method lines, the secrets entries. No explanation ever contains key material; a PSK
 * disagreement says only that the keys differ or are missing.
 *
 * <p>"Signer" is the end whose identity or AUTH is checked, "checker" the end that checks it.
 */
public final class AuthDisagreements {
  private final Exchange exchange;

  public AuthDisagreements(Exchange exchange) {
    this.exchange = exchange;
  }

  /** The checker has no configuration that accepts the signer's ID. */
  public Disagreement idRefused(boolean initiatorSigns, Identity sent, Identity expected) {
    Connection signer = signer(initiatorSigns);
    Connection checker = checker(initiatorSigns);
    String note = !signer.local().id().isDefault() ? ""
        : sent instanceof UnresolvedHostIdentity ? " (its default ID, its own address, which its configuration does"
            + " not name; behind NAT it is not the address the peer sees)"
        : " (its default ID)";
    return between(FailureClass.ID, initiatorSigns, signer.local().id().span(), checker.remote().id().span(),
        end(!initiatorSigns) + " expects the ID " + shown(expected) + " from " + end(initiatorSigns) + ", which sends "
            + shown(sent) + note);
  }

  /** The initiator asks for an IDr that the responder does not have. */
  public Disagreement requestedIdNotOffered(Identity requested, Identity offered) {
    Connection responder = exchange.responderConnection();
    return between(FailureClass.ID, true, exchange.initiator().connection().remote().id().span(),
        responder.local().id().span(),
        end(true) + " asks for the responder ID " + shown(requested) + ", but " + end(false) + " is "
            + shown(offered));
  }

  /** The signer authenticates with one method, the checker expects another. */
  public Disagreement methodRefused(boolean initiatorSigns, AuthMethod used, AuthMethod expected) {
    return between(FailureClass.AUTH_METHOD, initiatorSigns,
        signer(initiatorSigns).local().auth().get(0).method().span(),
        checker(initiatorSigns).remote().auth().get(0).method().span(),
        end(!initiatorSigns) + " expects " + label(expected) + " authentication from " + end(initiatorSigns)
            + ", which authenticates with " + label(used));
  }

  /** Both ends found a pre-shared key, and the keys differ. */
  public Disagreement keysDiffer(Secret initiatorKey, Secret responderKey, Identity idi, Identity idr) {
    return new Disagreement(FailureClass.PSK, Optional.of(initiatorKey.span()), Optional.of(responderKey.span()),
        end(true) + " and " + end(false) + " use different pre-shared keys for " + shown(idi) + " - "
            + shown(idr));
  }

  /**
   * One end finds no pre-shared key for the pair. Its end points at its first PSK entry, the
   * likely near miss, or at its local ID when it has none; the other end at its own key.
   */
  public Disagreement keyMissing(boolean initiatorLacks, Identity own, Identity peer, Optional<Secret> otherKey) {
    Connection lacking = signer(initiatorLacks);
    Daemon daemon = initiatorLacks ? exchange.initiator().daemon() : exchange.responder().daemon();
    Span lackingPlace = daemon.secretsFor(lacking).secrets().stream().filter(s -> s.type() == SecretType.IKE_PSK)
        .map(Secret::span).findFirst().orElse(lacking.local().id().span());
    Span otherPlace = otherKey.map(Secret::span).orElse(checker(initiatorLacks).local().id().span());
    String rule = lacking.target().implementation() == Implementation.STRONGSWAN
        ? "strongSwan needs an entry naming one of the two IDs, or one without IDs"
        : "Libreswan needs an entry naming its own ID with the peer's ID, alone, or with %any";
    return between(FailureClass.PSK, initiatorLacks, lackingPlace, otherPlace,
        end(initiatorLacks) + " has no pre-shared key for " + shown(own) + " - " + shown(peer) + " (" + rule + ")");
  }

  /** The signer's certificate cannot carry the ID it sends (an address, see {@link CertificateCoverage}). */
  public Disagreement certificateDoesNotCover(boolean initiatorSigns, Identity sent) {
    Connection signer = signer(initiatorSigns);
    return between(FailureClass.ID, initiatorSigns, signer.local().id().span(),
        checker(initiatorSigns).remote().id().span(),
        end(initiatorSigns) + " signs as " + shown(sent) + ", which its certificate is assumed not to contain;"
            + " set its ID to the certificate's subject (Libreswan: leftid=%fromcert)");
  }

  /**
   * The responder's certificate never reaches the initiator: it is sent only when asked, and the
   * initiator does not ask. The initiator's end is its conn (where {@code rightca=} would go).
   */
  public Disagreement certificateNotSent() {
    CertificateTransport.Sending sending = CertificateTransport.sending(exchange.responder().daemon().host(),
        exchange.responderConnection());
    String setting = sending.policy() == CertificateTransport.Policy.NEVER ? "never sends its certificate"
        : "sends its certificate only when asked (send_cert = ifasked)";
    return between(FailureClass.AUTH_METHOD, false, sending.place(), exchange.initiator().connection().span(),
        end(false) + " " + setting + ", and " + end(true) + " does not ask for it (Libreswan sends a certificate"
            + " request only with rightca=); set send_cert = always on " + end(false) + " or name the CA on "
            + end(true));
  }

  /** The initiator authenticates with EAP, which the responder does not serve that way. */
  public Disagreement eapRefused(String why) {
    return between(FailureClass.AUTH_METHOD, true,
        exchange.initiator().connection().local().auth().get(0).method().span(),
        exchange.responderConnection().remote().auth().get(0).method().span(), why);
  }

  /** IKEv1: the responder's matching configuration does not allow the mode the initiator uses. */
  public Disagreement modeRefused(Connection config, boolean aggressive) {
    return between(FailureClass.AUTH_METHOD, true, exchange.initiator().connection().aggressive().span(),
        config.aggressive().span(),
        end(true) + " uses " + Ikev1AuthLog.mode(aggressive) + " Mode, but " + label(exchange.responder(), config)
            + " does not allow it (both ends need the same aggressive setting)");
  }

  /**
   * IKEv1: strongSwan refuses Aggressive Mode with a pre-shared key by default; its end points at
   * the charon option when strongswan.conf sets it, else at the config's {@code aggressive}.
   */
  public Disagreement aggressivePskRefused(Connection config) {
    Span option = DaemonSettingsReader.charonSettingSpan(exchange.responder().daemon().host(),
        "i_dont_care_about_security_and_use_aggressive_mode_psk").orElse(config.aggressive().span());
    return between(FailureClass.AUTH_METHOD, true, exchange.initiator().connection().aggressive().span(), option,
        label(exchange.responder(), config) + " (strongSwan) refuses Aggressive Mode with a pre-shared key unless"
            + " charon.i_dont_care_about_security_and_use_aggressive_mode_psk is set; use Main Mode");
  }

  private Disagreement between(FailureClass kind, boolean initiatorSigns, Span signerPlace, Span checkerPlace,
      String explanation) {
    Span initiatorPlace = initiatorSigns ? signerPlace : checkerPlace;
    Span responderPlace = initiatorSigns ? checkerPlace : signerPlace;
    return new Disagreement(kind, Optional.of(initiatorPlace), Optional.of(responderPlace), explanation);
  }

  private Connection signer(boolean initiator) {
    return initiator ? exchange.initiator().connection() : exchange.responderConnection();
  }

  private Connection checker(boolean initiatorSigns) {
    return signer(!initiatorSigns);
  }

  /**
   * How an explanation names an end: its host and connection ({@code moon#rw}), the responder's
   * being the configuration it selected for the peer.
   */
  public String end(boolean initiator) {
    return initiator ? exchange.initiator().label() : label(exchange.responder(), exchange.responderConnection());
  }

  private static String label(Peer peer, Connection connection) {
    return new Peer(peer.daemon(), connection).label();
  }

  private static String shown(Identity id) {
    return "'" + IdentityText.libreswan(id) + "'";
  }

  private static String label(AuthMethod method) {
    return MethodWording.strongswanClass(method);
  }
}
