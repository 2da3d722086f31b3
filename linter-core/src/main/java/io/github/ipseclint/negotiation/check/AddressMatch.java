// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.negotiation.check;

import io.github.ipseclint.model.ipsec.HostAddress;
import io.github.ipseclint.model.ipsec.IpAddress;
import java.util.List;
import java.util.Optional;

/**
 * How well a configured address list fits the address of a packet, as charon's
 * {@code ike_cfg} scores it (negotiation.md §10.2): the exact address beats a subnet, a longer
 * prefix a shorter one, and a range or {@code %any} fits least. 0 means no fit.
 */
final class AddressMatch {
  static final int NONE = 0;
  static final int ANY = 1;
  /** Above every subnet's prefix length + 1. */
  static final int EXACT = 129;

  private AddressMatch() {}

  /**
   * @param address the packet's address; empty when ipseclint cannot know it, and then only
   *     {@code %any} and {@code %defaultroute} are known to fit
   */
  static int quality(List<HostAddress> configured, Optional<IpAddress> address) {
    int best = NONE;
    for (HostAddress entry : configured) {
      best = Math.max(best, quality(entry, address));
    }
    return best;
  }

  private static int quality(HostAddress entry, Optional<IpAddress> address) {
    if (entry instanceof HostAddress.Any any) {
      boolean family = address.isEmpty() || any.family() == HostAddress.Family.BOTH
          || (any.family() == HostAddress.Family.V6) == address.get().isV6();
      return family ? ANY : NONE;
    }
    if (entry instanceof HostAddress.DefaultRoute) {
      return ANY;
    }
    if (entry instanceof HostAddress.Block block && address.isPresent() && block.range().contains(address.get())) {
      if (block.range().from().equals(block.range().to())) {
        return EXACT;
      }
      return block.range().prefixLength().isPresent() ? block.range().prefixLength().getAsInt() + 1 : ANY;
    }
    return NONE;
  }

  /** True when the list holds nothing but wildcards: a template that fits any peer. */
  static boolean isWildcard(List<HostAddress> configured) {
    return configured.stream().allMatch(entry -> entry instanceof HostAddress.Any);
  }
}
