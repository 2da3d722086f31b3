// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.negotiation.auth;

import io.github.ipseclint.model.ipsec.Connection;
import io.github.ipseclint.model.ipsec.HostAddress;
import io.github.ipseclint.model.ipsec.IpAddress;
import io.github.ipseclint.model.ipsec.IpRange;
import java.util.List;
import java.util.Optional;

/**
 * How well a strongSwan connection's addresses match the address pair of an exchange (ike_cfg's
 * match: an exact address beats a longer prefix beats a shorter one beats {@code %any}), the
 * second sort key of peer-config selection (negotiation.md §10.2). An address that is not known
 * before run time counts as matching like {@code %any}.
 */
public final class IkeConfigMatch {

  private IkeConfigMatch() {}

  /** 0 when either end's addresses exclude the exchange's address. */
  public static int score(Connection connection, Optional<IpAddress> me, Optional<IpAddress> peer) {
    int local = best(connection.local().addresses().value(), me);
    int remote = best(connection.remote().addresses().value(), peer);
    return local == 0 || remote == 0 ? 0 : local + remote;
  }

  private static int best(List<HostAddress> configured, Optional<IpAddress> address) {
    int best = 0;
    for (HostAddress host : configured) {
      best = Math.max(best, score(host, address));
    }
    return best;
  }

  private static int score(HostAddress host, Optional<IpAddress> address) {
    if (!(host instanceof HostAddress.Block block) || address.isEmpty()) {
      return 1;
    }
    IpRange range = block.range();
    if (!range.contains(address.get())) {
      return 0;
    }
    if (range.from().equals(range.to())) {
      return range.from().bits() + 2;
    }
    return range.prefixLength().isPresent() ? range.prefixLength().getAsInt() + 1 : 2;
  }
}
