// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.negotiation.lifecycle;

import io.github.ipseclint.negotiation.Peer;
import io.github.ipseclint.negotiation.Side;
import io.github.ipseclint.negotiation.SiteFragment;
import io.github.ipseclint.negotiation.TestHosts;
import java.util.EnumMap;
import java.util.Map;

/**
 * The ends of the cases' site ({@link SiteFragment}) as {@link TestHosts}, for the lifecycle tests
 * that pair them in many configurations. Each host is named after its side, numbered from the
 * second one a test writes for the same side.
 */
final class SiteEnds {
  private final TestHosts hosts;
  private final Map<Side, Integer> written = new EnumMap<>(Side.class);

  SiteEnds(TestHosts hosts) {
    this.hosts = hosts;
  }

  /** A swanctl end with settings added to its connection and to its child. */
  Peer swanctl(Side side, String target, String connection, String child) {
    return hosts.swanctl(name(side), target, SiteFragment.of(side).conn(connection).child(child).swanctl());
  }

  /** A stroke end for IKEv2 with conn settings added. */
  Peer stroke(Side side, String target, String settings) {
    return hosts.ipsecConf(name(side), target, SiteFragment.of(side).conn("keyexchange=ikev2", settings).ipsecConf());
  }

  /** A Libreswan end with conn settings added. */
  Peer libreswan(Side side, String target, String settings) {
    return hosts.ipsecConf(name(side), target, SiteFragment.of(side).conn(settings).ipsecConf());
  }

  private String name(Side side) {
    int count = written.merge(side, 1, Integer::sum);
    return count == 1 ? side.label() : side.label() + count;
  }
}
