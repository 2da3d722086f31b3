// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.rules.secrets;

import static io.github.ipseclint.rules.secrets.PskConnections.shown;

import io.github.ipseclint.engine.HostRule;
import io.github.ipseclint.engine.LintRule;
import io.github.ipseclint.engine.Reporter;
import io.github.ipseclint.engine.Tag;
import io.github.ipseclint.model.finding.Severity;
import io.github.ipseclint.model.ipsec.Connection;
import io.github.ipseclint.model.ipsec.FrontEnd;
import io.github.ipseclint.model.ipsec.Host;
import io.github.ipseclint.model.ipsec.Identity;
import io.github.ipseclint.model.ipsec.SecretSelection;
import io.github.ipseclint.model.ipsec.SecretStore;
import io.github.ipseclint.model.ipsec.SecretType;
import io.github.ipseclint.model.source.Span;
import io.github.ipseclint.model.target.Implementation;
import java.util.Optional;

/**
 * A PSK connection for whose ID pair the daemon finds no secret (formats.md §4.4, §6.4,
 * negotiation.md §10.3): the IKE SA fails before or at IKE_AUTH. The secrets searched are those of
 * the same host ({@link Host#secretStore}); a host without an ipsec.secrets is not checked for its
 * ipsec.conf connections, since the scan cannot know the daemon's secrets then.
 */
@LintRule(id = "missing-secret", name = "MissingSecret", severity = Severity.ERROR,
    tags = {Tag.SECRETS, Tag.AUTHENTICATION, Tag.CORRECTNESS},
    description = "A connection authenticates with a pre-shared key but no secret of the host matches its IDs")
public final class MissingSecret implements HostRule {

  @Override
  public void check(Host host, Reporter reporter) {
    for (Connection connection : host.connections()) {
      Optional<Span> method = PskConnections.pskMethod(connection);
      Optional<SecretStore> store = host.secretStore(connection);
      if (method.isEmpty() || store.isEmpty()) {
        continue;
      }
      Implementation implementation = connection.target().implementation();
      Identity local = connection.local().id().value();
      Identity remote = connection.remote().id().value();
      if (SecretSelection.of(implementation).best(store.get(), SecretType.IKE_PSK, local, remote).isPresent()) {
        continue;
      }
      String where = connection.frontEnd() == FrontEnd.SWANCTL ? "the secrets of its swanctl.conf"
          : "the host's ipsec.secrets";
      String failure = implementation == Implementation.STRONGSWAN
          ? "charon fails with \"no shared key found for '" + shown(local) + "' - '" + shown(remote) + "'\""
          : "pluto fails with \"authentication failed: no PSK found for '" + shown(local) + "'\"";
      String fix = connection.frontEnd() == FrontEnd.SWANCTL
          ? "add an ike secret with id = " + shown(remote)
          : "add an entry such as '" + shown(local) + " " + shown(remote) + " : PSK \"...\"'";
      reporter.report(method.get(), "conn '%s' authenticates with a pre-shared key, but no secret in %s matches"
          + " local ID '%s' and remote ID '%s': %s; %s", connection.name(), where, shown(local), shown(remote),
          failure, fix);
    }
  }
}
