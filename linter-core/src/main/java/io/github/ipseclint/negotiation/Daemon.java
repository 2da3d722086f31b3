// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.negotiation;

import io.github.ipseclint.model.ipsec.Connection;
import io.github.ipseclint.model.ipsec.Host;
import io.github.ipseclint.model.ipsec.IpAddress;
import io.github.ipseclint.model.ipsec.SecretStore;
import io.github.ipseclint.model.target.Target;
import io.github.ipseclint.model.target.VersionBucket;
import io.github.ipseclint.negotiation.selector.PeerConfigGroups;
import java.util.List;
import java.util.Optional;

/**
 * What one host's IKE daemon has loaded: every connection it may pick as a responder (a responder
 * chooses among all of them, not only the one the user paired), the secrets and the global
 * settings that change outcomes. Built for one target: another release of the daemon expands other
 * default proposals, so it needs a model built for that release.
 *
 * <p>What each simulation asks of the host (its connections for a peer's address, the peer config
 * a connection belongs to) is indexed once here, so that simulating every tunnel of a hub costs
 * what its own connections cost, not a walk over the whole hub each time.
 */
public final class Daemon {
  private final String name;
  private final Host host;
  private final Target target;
  private final DaemonSettings settings;
  private final List<Connection> connections;
  private final ConnectionsByPeerAddress byPeerAddress;
  private final PeerConfigGroups peerConfigs;

  /**
   * @param name how logs and messages name the host (its directory, or the file for a lone file)
   * @param host the files the daemon reads
   */
  public Daemon(String name, Host host, Target target, DaemonSettings settings) {
    this.name = name;
    this.host = host;
    this.target = target;
    this.settings = settings;
    this.connections = host.connections().stream()
        .filter(connection -> connection.target().implementation() == target.implementation())
        .toList();
    this.byPeerAddress = new ConnectionsByPeerAddress(connections);
    this.peerConfigs = new PeerConfigGroups(connections);
  }

  public String name() {
    return name;
  }

  public Host host() {
    return host;
  }

  public Target target() {
    return target;
  }

  public DaemonSettings settings() {
    return settings;
  }

  public VersionBucket bucket() {
    return VersionBucket.of(target);
  }

  /** The connections of this daemon's implementation on the host, in load order. */
  public List<Connection> connections() {
    return connections;
  }

  /**
   * The connections whose remote addresses may hold {@code peerAddress}, in load order: those
   * naming it and every one with a wildcard, subnet, range or name, plus {@code paired}. Others
   * cannot fit a packet from that address.
   *
   * @param peerAddress empty when ipseclint cannot know it: then only the non-literal ones
   * @param paired the connection paired with the peer's, which fits whatever its addresses say
   */
  public List<Connection> connectionsFor(Optional<IpAddress> peerAddress, Connection paired) {
    return byPeerAddress.mayHold(peerAddress, paired);
  }

  /** The peer configs strongSwan's stroke front end builds from these connections (§8.1). */
  public PeerConfigGroups peerConfigs() {
    return peerConfigs;
  }

  /**
   * The secrets a connection's credentials are looked up in, in load order; empty when the host
   * holds no secrets file for it (the scan cannot tell what the daemon holds).
   */
  public SecretStore secretsFor(Connection connection) {
    return host.secretStore(connection).orElse(SecretStore.EMPTY);
  }

  /** True when the host has a secrets store for the connection's front end at all. */
  public boolean knowsSecretsOf(Connection connection) {
    return host.secretStore(connection).isPresent();
  }

  @Override
  public String toString() {
    return "Daemon[" + name + ", " + target + "]";
  }
}
