// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.model.ipsec;

import java.util.List;

/**
 * One end of a connection after orientation: the local or the remote side.
 *
 * @param addresses outer addresses (swanctl {@code local_addrs}, {@code left=}); {@code %any} by default
 * @param port the IKE port (500 unless configured)
 * @param auth authentication rounds in order; never empty, the first round's ID is the IKE ID
 */
public record ConnectionEnd(
    Configured<List<HostAddress>> addresses, Configured<Integer> port, List<AuthRound> auth) {

  public ConnectionEnd {
    auth = List.copyOf(auth);
    if (auth.isEmpty()) {
      throw new IllegalArgumentException("an end has at least one authentication round");
    }
  }

  /** The IKE identity: the first round's. */
  public Configured<Identity> id() {
    return auth.get(0).id();
  }
}
