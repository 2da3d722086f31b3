// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.model.ipsec;

import java.util.List;
import java.util.Optional;

/**
 * Addresses served to the peer (swanctl {@code pools}, ipsec.conf {@code rightsourceip}, Libreswan
 * {@code rightaddresspool}).
 *
 * @param name the pool's name when it is referenced rather than written inline
 * @param ranges the addresses; empty when the scanned files do not give them (a pool of an
 *     attribute plugin, strongswan.conf or a database, or a value ipseclint cannot read)
 */
public record AddressPool(Optional<String> name, List<IpRange> ranges) {
  public AddressPool {
    ranges = List.copyOf(ranges);
  }

  @Override
  public String toString() {
    return name.map(n -> n + (ranges.isEmpty() ? "" : "=")).orElse("") + (ranges.isEmpty() ? "" : ranges.toString());
  }
}
