// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.rules.secrets;

import io.github.ipseclint.model.crypto.IkeVersion;
import io.github.ipseclint.model.ipsec.AuthMethod;
import io.github.ipseclint.model.ipsec.AuthRound;
import io.github.ipseclint.model.ipsec.Connection;
import io.github.ipseclint.model.ipsec.Identity;
import io.github.ipseclint.model.source.Span;
import io.github.ipseclint.model.target.Implementation;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The connections whose PSK lookup the host rules can reproduce: a PSK round on either end, and
 * not Libreswan IKEv1, where pluto looks the key up by IP addresses before the IDs are known
 * (negotiation.md §10.3), which the model does not express as identities.
 */
final class PskConnections {
  private PskConnections() {}

  /** The span of the first PSK round's method (local first), if the connection uses a PSK. */
  static Optional<Span> pskMethod(Connection connection) {
    if (connection.target().implementation() == Implementation.LIBRESWAN
        && connection.version().value() == IkeVersion.IKEV1) {
      return Optional.empty();
    }
    return Stream.concat(connection.local().auth().stream(), connection.remote().auth().stream())
        .map(AuthRound::method)
        .filter(method -> method.value() == AuthMethod.PSK)
        .map(method -> method.span())
        .findFirst();
  }

  /** An identity as written, {@code %any} for the implicit owner of an entry without selectors. */
  static String shown(Identity identity) {
    String written = identity.written().value().display();
    return written.isEmpty() ? "%any" : written;
  }

  static String where(Span span) {
    return span.file().displayPath() + ":" + span.line();
  }
}
