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
import io.github.ipseclint.model.ipsec.Identity;
import io.github.ipseclint.model.ipsec.Secret;
import io.github.ipseclint.model.ipsec.SecretMatch;
import io.github.ipseclint.model.ipsec.SecretSelection;
import io.github.ipseclint.model.ipsec.SecretStore;
import io.github.ipseclint.model.ipsec.SecretType;
import io.github.ipseclint.model.source.Span;
import io.github.ipseclint.model.target.Implementation;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
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

  /** A connection's choice: the winner, with its scores, among the store's entries. */
  private record Choice(Connection connection, SecretStore store, SecretSelection selection, SecretMatch winner) {}

  /**
   * Two passes, so that a gateway with a secret per peer costs one indexed look-up per
   * connection: first every connection's winner, then, per connection, the entries no connection
   * chose (the only ones that can be reported) that it also matches. Walking every candidate of
   * every connection would be quadratic there, since the gateway's own ID owns all its secrets.
   */
  @Override
  public void check(Host host, Reporter reporter) {
    List<Choice> choices = new ArrayList<>();
    Set<Span> chosen = new HashSet<>();
    for (Connection connection : host.connections()) {
      Optional<SecretStore> store = host.secretStore(connection);
      if (PskConnections.pskMethod(connection).isEmpty() || store.isEmpty()) {
        continue;
      }
      SecretSelection selection = SecretSelection.of(connection.target().implementation());
      Identity local = connection.local().id().value();
      Identity remote = connection.remote().id().value();
      Optional<SecretMatch> winner = selection.best(store.get(), SecretType.IKE_PSK, local, remote)
          .flatMap(secret -> scored(selection, secret, local, remote));
      if (winner.isPresent()) {
        chosen.add(winner.get().secret().span());
        choices.add(new Choice(connection, store.get(), selection, winner.get()));
      }
    }
    Map<SecretStore, List<Secret>> unchosen = new IdentityHashMap<>();
    Map<Span, Loss> losses = new LinkedHashMap<>();
    for (Choice choice : choices) {
      Connection connection = choice.connection();
      unchosen.computeIfAbsent(choice.store(), store -> store.secrets().stream()
              .filter(secret -> !chosen.contains(secret.span())).toList())
          .stream()
          .flatMap(secret -> scored(choice.selection(), secret, connection.local().id().value(),
              connection.remote().id().value()).stream())
          .filter(loser -> !loser.secret().key().equals(choice.winner().secret().key()))
          .sorted(choice.selection().ranking())
          .forEach(loser -> losses.putIfAbsent(loser.secret().span(), new Loss(connection, choice.winner(), loser)));
    }
    losses.forEach((span, loss) -> {
      Connection connection = loss.connection();
      reporter.report(span, "this secret matches conn '%s' (local '%s', remote '%s') but is never used: the"
          + " secret at %s wins because %s, and its key differs; remove one of them or give them distinct IDs",
          connection.name(), shown(connection.local().id().value()), shown(connection.remote().id().value()),
          where(loss.winner().secret().span()), reason(connection.target().implementation(), loss));
    });
  }

  /** The entry's scores for the pair; empty when it is no candidate for it. */
  private static Optional<SecretMatch> scored(SecretSelection selection, Secret secret, Identity local,
      Identity remote) {
    return selection.candidates(List.of(secret), SecretType.IKE_PSK, local, remote).stream().findFirst();
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
