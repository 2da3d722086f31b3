// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.negotiation.auth;

import io.github.ipseclint.model.conf.ConfDocument;
import io.github.ipseclint.model.conf.ResolvedSection;
import io.github.ipseclint.model.ipsec.AuthMethod;
import io.github.ipseclint.model.ipsec.AuthRound;
import io.github.ipseclint.model.ipsec.Connection;
import io.github.ipseclint.model.ipsec.FrontEnd;
import io.github.ipseclint.model.ipsec.Host;
import io.github.ipseclint.model.ipsec.Orientation;
import io.github.ipseclint.model.settings.SettingsDocument;
import io.github.ipseclint.model.source.Span;
import io.github.ipseclint.model.target.FileKind;
import io.github.ipseclint.model.target.Implementation;
import io.github.ipseclint.negotiation.exchange.Exchange;
import java.util.Locale;
import java.util.Optional;

/**
 * Whether the responder's certificate reaches the initiator (negotiation.md §10.4, case C25).
 * strongSwan sends its certificate only when the peer asks for one with a CERTREQ
 * ({@code send_cert = ifasked}, {@code leftsendcert=ifasked}, the default) or never; a Libreswan
 * 4.10 initiator asks only when {@code rightca=} names the CA, and then cannot verify a
 * signature it has no certificate for. An initiator that holds the peer's certificate itself
 * ({@code rightcert=}, swanctl {@code remote.certs}) needs none. A strongSwan initiator is not
 * checked: charon looks for a trusted key for the peer's ID in every credential set it has
 * loaded, the certificates in its x509 directories and DNS through the dnscert and ipseckey
 * plugins among them (strongSwan's net2net-dnscert never sends a certificate), and the scanned
 * files do not show those. Libreswan as the sender is not modelled.
 */
public final class CertificateTransport {
  private static final String SEND_CERT = "send_cert";

  /** strongSwan's certificate sending policy. */
  public enum Policy {
    ALWAYS,
    IF_ASKED,
    NEVER
  }

  /** The policy and where it is written (the connection when it is the default). */
  public record Sending(Policy policy, Span place) {}

  private CertificateTransport() {}

  /** False when the responder signs with a certificate the initiator neither asks for nor holds. */
  public static boolean responderCertificateArrives(Exchange exchange) {
    Connection responder = exchange.responderConnection();
    AuthRound round = responder.local().auth().get(0);
    Connection initiator = exchange.initiator().connection();
    if (!exchange.responder().isStrongswan() || exchange.initiator().isStrongswan()
        || round.method().value() != AuthMethod.PUBKEY || round.certificates().isEmpty()
        || !initiator.remote().auth().get(0).certificates().isEmpty()) {
      return true;
    }
    Policy policy = sending(exchange.responder().daemon().host(), responder).policy();
    return policy == Policy.ALWAYS || policy == Policy.IF_ASKED && asksForCertificate(exchange);
  }

  /** The responder's {@code send_cert} or {@code leftsendcert}; {@code ifasked} when unset. */
  public static Sending sending(Host host, Connection connection) {
    Optional<Sending> written = connection.frontEnd() == FrontEnd.SWANCTL
        ? swanctl(host, connection)
        : section(host, connection, Implementation.STRONGSWAN)
            .flatMap(section -> section.setting(side(connection, true) + "sendcert"))
            .flatMap(setting -> policy(setting.value().latin1()).map(p -> new Sending(p, setting.setting().span())));
    return written.orElseGet(() -> new Sending(Policy.IF_ASKED, connection.span()));
  }

  /** A Libreswan initiator sends a CERTREQ only when it names the peer's CA ({@code rightca=}). */
  private static boolean asksForCertificate(Exchange exchange) {
    Connection initiator = exchange.initiator().connection();
    return section(exchange.initiator().daemon().host(), initiator, Implementation.LIBRESWAN)
        .flatMap(section -> section.setting(side(initiator, false) + "ca")).isPresent();
  }

  private static Optional<Sending> swanctl(Host host, Connection connection) {
    return host.documents().stream()
        .filter(document -> document instanceof SettingsDocument settings && settings.kind() == FileKind.SWANCTL_CONF)
        .map(document -> ((SettingsDocument) document).value("connections", connection.name(), SEND_CERT))
        .flatMap(Optional::stream)
        .findFirst()
        .flatMap(value -> policy(value.text().latin1()).map(p -> new Sending(p, value.span())));
  }

  /** The connection's resolved ipsec.conf section, found by its header. */
  static Optional<ResolvedSection> section(Host host, Connection connection, Implementation implementation) {
    return host.documents().stream()
        .filter(document -> document instanceof ConfDocument conf && conf.target().implementation() == implementation)
        .flatMap(document -> ((ConfDocument) document).conns().stream())
        .filter(section -> section.name().latin1().equals(connection.name()))
        .filter(section -> section.headers().stream().anyMatch(header -> header.span().file().equals(connection.span().file())
            && header.span().line() == connection.span().line()))
        .findFirst();
  }

  /** {@code left} or {@code right}: the ipsec.conf end that is local (or remote) for the connection. */
  private static String side(Connection connection, boolean local) {
    boolean left = connection.orientation().local() != Orientation.End.RIGHT;
    return left == local ? "left" : "right";
  }

  /** swanctl and starter values; starter also takes yes/no for always/never. */
  private static Optional<Policy> policy(String value) {
    switch (value.toLowerCase(Locale.ROOT)) {
      case "always":
      case "yes":
        return Optional.of(Policy.ALWAYS);
      case "ifasked":
        return Optional.of(Policy.IF_ASKED);
      case "never":
      case "no":
        return Optional.of(Policy.NEVER);
      default:
        return Optional.empty();
    }
  }
}
