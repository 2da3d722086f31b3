// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.model.ipsec;

import java.util.Optional;

/**
 * An address the end asks the peer for in a configuration payload (negotiation.md §8.4):
 * strongSwan {@code vips}/{@code leftsourceip=%config}, Libreswan {@code leftmodecfgclient=yes}.
 *
 * @param address a specific address asked for; empty for "any address of the family"
 */
public record VirtualIpRequest(HostAddress.Family family, Optional<IpAddress> address) {
  @Override
  public String toString() {
    return address.map(IpAddress::toString)
        .orElse(family == HostAddress.Family.V6 ? "%config6" : family == HostAddress.Family.V4 ? "%config4" : "%config");
  }
}
