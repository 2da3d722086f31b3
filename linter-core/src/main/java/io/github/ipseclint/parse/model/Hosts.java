// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.parse.model;

import io.github.ipseclint.model.ipsec.HostAddress;
import io.github.ipseclint.model.ipsec.IpAddress;
import io.github.ipseclint.model.ipsec.Orientation;
import java.util.List;
import java.util.Set;

/**
 * The addresses the user says belong to the host running the daemon. ipseclint never looks at
 * interfaces, so without them an ipsec.conf conn is oriented by the documented fallback.
 */
record Hosts(Set<IpAddress> own) {
  static final Hosts UNKNOWN = new Hosts(Set.of());

  Hosts {
    own = Set.copyOf(own);
  }

  /**
   * charon's rule (formats.md §2.4): an own address in {@code right} swaps the ends; otherwise
   * left is local, confirmed when {@code left} holds an own address and assumed when not.
   */
  Orientation orient(List<HostAddress> left, List<HostAddress> right) {
    if (matches(right)) {
      return new Orientation(Orientation.End.RIGHT, Orientation.Basis.RIGHT_IS_HOST_ADDRESS);
    }
    if (matches(left)) {
      return new Orientation(Orientation.End.LEFT, Orientation.Basis.LEFT_IS_HOST_ADDRESS);
    }
    return new Orientation(Orientation.End.LEFT, Orientation.Basis.ASSUMED_LEFT);
  }

  private boolean matches(List<HostAddress> hosts) {
    return hosts.stream().anyMatch(host -> own.stream().anyMatch(host::isAddress));
  }
}
