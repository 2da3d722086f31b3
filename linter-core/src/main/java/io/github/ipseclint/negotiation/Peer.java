// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.negotiation;

import io.github.ipseclint.model.ipsec.Connection;
import io.github.ipseclint.model.target.VersionBucket;

/**
 * One end of a tunnel: a connection on a daemon. When this end is the responder, the simulator
 * may select another of the daemon's connections, as the real daemon would.
 */
public record Peer(Daemon daemon, Connection connection) {

  public VersionBucket bucket() {
    return daemon.bucket();
  }

  public boolean isStrongswan() {
    return connection.target().implementation() == io.github.ipseclint.model.target.Implementation.STRONGSWAN;
  }

  /** {@code host/conn}, how messages name this end. */
  public String label() {
    return daemon.name() + "#" + connection.name();
  }
}
