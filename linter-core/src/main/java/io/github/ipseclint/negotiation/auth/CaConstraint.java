// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.negotiation.auth;

import io.github.ipseclint.model.ipsec.Connection;
import io.github.ipseclint.model.ipsec.FrontEnd;
import io.github.ipseclint.model.ipsec.Host;
import io.github.ipseclint.model.ipsec.Orientation;
import io.github.ipseclint.model.settings.SettingsDocument;
import io.github.ipseclint.model.target.FileKind;
import io.github.ipseclint.model.target.Implementation;
import java.util.Locale;

/**
 * Whether a strongSwan peer config binds the peer's certificate to a CA: swanctl
 * {@code remote.cacerts}, ipsec.conf {@code rightca=}. charon checks it after the peer's AUTH
 * (negotiation.md §10.2 step 4) and, when the certificate was issued by another CA, logs
 * {@code constraint checking failed} and switches to the next candidate. ipseclint reads no
 * certificate, so which CA issued the peer's is not known here.
 */
public final class CaConstraint {

  private CaConstraint() {}

  public static boolean binds(Host host, Connection connection) {
    if (connection.frontEnd() == FrontEnd.SWANCTL) {
      return host.documents().stream()
          .filter(document -> document instanceof SettingsDocument settings && settings.kind() == FileKind.SWANCTL_CONF)
          .map(document -> ((SettingsDocument) document).resolved())
          .flatMap(root -> root.find("connections", connection.name()).stream())
          .flatMap(conn -> conn.sections().stream())
          .filter(round -> round.name().latin1().toLowerCase(Locale.ROOT).startsWith("remote"))
          .anyMatch(round -> round.value("cacerts").isPresent());
    }
    String remote = connection.orientation().local() == Orientation.End.RIGHT ? "left" : "right";
    return CertificateTransport.section(host, connection, Implementation.STRONGSWAN)
        .flatMap(section -> section.setting(remote + "ca")).isPresent();
  }
}
