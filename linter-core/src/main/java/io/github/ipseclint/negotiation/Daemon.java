// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.negotiation;

import io.github.ipseclint.model.ipsec.Connection;
import io.github.ipseclint.model.ipsec.Host;
import io.github.ipseclint.model.ipsec.Secret;
import io.github.ipseclint.model.target.Target;
import io.github.ipseclint.model.target.VersionBucket;
import java.util.List;

/**
 * What one host's IKE daemon has loaded: every connection it may pick as a responder (a responder
 * chooses among all of them, not only the one the user paired), the secrets and the global
 * settings that change outcomes. Built for one target: another release of the daemon expands other
 * default proposals, so it needs a model built for that release.
 *
 * @param name how logs and messages name the host (its directory, or the file for a lone file)
 * @param host the files the daemon reads
 */
public record Daemon(String name, Host host, Target target, DaemonSettings settings) {

  public VersionBucket bucket() {
    return VersionBucket.of(target);
  }

  /** The connections of this daemon's implementation on the host, in load order. */
  public List<Connection> connections() {
    return host.connections().stream()
        .filter(connection -> connection.target().implementation() == target.implementation())
        .toList();
  }

  /**
   * The secrets a connection's credentials are looked up in, in load order; empty when the host
   * holds no secrets file for it (the scan cannot tell what the daemon holds).
   */
  public List<Secret> secretsFor(Connection connection) {
    return host.secretStore(connection).orElse(List.of());
  }

  /** True when the host has a secrets store for the connection's front end at all. */
  public boolean knowsSecretsOf(Connection connection) {
    return host.secretStore(connection).isPresent();
  }
}
