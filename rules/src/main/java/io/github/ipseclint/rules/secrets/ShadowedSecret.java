// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.rules.secrets;

import static io.github.ipseclint.rules.secrets.PskConnections.shown;
import static io.github.ipseclint.rules.secrets.PskConnections.where;

import io.github.ipseclint.engine.HostRule;
import io.github.ipseclint.engine.LintRule;
import io.github.ipseclint.engine.Reporter;
import io.github.ipseclint.engine.Tag;
import io.github.ipseclint.model.finding.Severity;
import io.github.ipseclint.model.ipsec.Connection;
import io.github.ipseclint.model.ipsec.Host;
import io.github.ipseclint.model.ipsec.SecretChoice;
import io.github.ipseclint.model.ipsec.SecretMatch;
import io.github.ipseclint.model.ipsec.SecretSelection;
import io.github.ipseclint.model.ipsec.SecretStore;
import io.github.ipseclint.model.ipsec.SecretType;
import io.github.ipseclint.model.source.Span;
import io.github.ipseclint.model.target.Implementation;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A secret that matches a connection's IDs but never wins (formats.md §4.4, §6.4): another entry
 * with a different key is selected for every connection it could serve, so its key is never used
 * for the daemon's own AUTH. Secrets that match no connection of the host are not reported (they
 * may serve peers configured elsewhere), nor losers with the winner's key.
 */
@LintRule(id = "shadowed-secret", name = "ShadowedSecret", severity = Severity.WARNING,
    tags = {Tag.SECRETS, Tag.AUTHENTICATION, Tag.CORRECTNESS},
    description = "A secret matches a connection but another secret with a different key always wins the daemon's selection")
public final class ShadowedSecret implements HostRule {

  private record Loss(Connection connection, SecretMatch winner, SecretMatch loser) {}

  @Override
  public void check(Host host, Reporter reporter) {
    Set<Span> chosen = new HashSet<>();
    Map<Span, Loss> losses = new LinkedHashMap<>();
    for (Connection connection : host.connections()) {
      Optional<SecretStore> store = host.secretStore(connection);
      if (PskConnections.pskMethod(connection).isEmpty() || store.isEmpty()) {
        continue;
      }
      Optional<SecretChoice> choice = SecretSelection.of(connection.target().implementation()).select(store.get().secrets(),
          SecretType.IKE_PSK, connection.local().id().value(), connection.remote().id().value());
      if (choice.isEmpty()) {
        continue;
      }
      chosen.add(choice.get().secret().span());
      for (SecretMatch loser : choice.get().beaten()) {
        if (!loser.secret().key().equals(choice.get().secret().key())) {
          losses.putIfAbsent(loser.secret().span(), new Loss(connection, choice.get().chosen(), loser));
        }
      }
    }
    losses.forEach((span, loss) -> {
      if (!chosen.contains(span)) {
        Connection connection = loss.connection();
        reporter.report(span, "this secret matches conn '%s' (local '%s', remote '%s') but is never used: the"
            + " secret at %s wins because %s, and its key differs; remove one of them or give them distinct IDs",
            connection.name(), shown(connection.local().id().value()), shown(connection.remote().id().value()),
            where(loss.winner().secret().span()), reason(connection.target().implementation(), loss));
      }
    });
  }

  private static String reason(Implementation implementation, Loss loss) {
    SecretMatch winner = loss.winner();
    SecretMatch loser = loss.loser();
    if (implementation == Implementation.LIBRESWAN) {
      return winner.primary() > loser.primary()
          ? "pluto scores its match higher (" + winner.primary() + " against " + loser.primary() + ")"
          : "on equal scores pluto takes the entry written first";
    }
    if (winner.primary() > loser.primary()) {
      return "strongSwan prefers the better match of the remote ID";
    }
    return winner.secondary() > loser.secondary()
        ? "strongSwan prefers the better match of the local ID when the remote matches tie"
        : "on a complete tie strongSwan takes the secret loaded last";
  }
}
