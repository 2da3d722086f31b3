// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.pairing;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The exact addresses each scanned host configures as its own (a connection's local address). A
 * host runs on its own addresses only, so an address that one host claims is not the address of
 * another host, whose own address the scan may not give (a road warrior on {@code %any}).
 */
final class HostAddresses {
  private final Map<AddressKey, Set<Integer>> claimants = new HashMap<>();

  static HostAddresses of(List<Endpoint> endpoints) {
    HostAddresses hosts = new HostAddresses();
    for (Endpoint endpoint : endpoints) {
      for (AddressKey key : Endpoint.exact(endpoint.peer().connection().local())) {
        hosts.claimants.computeIfAbsent(key, k -> new HashSet<>()).add(endpoint.daemon());
      }
    }
    return hosts;
  }

  /** True when a host other than the daemon's claims the address as its own. */
  boolean claimedByAnotherThan(AddressKey address, int daemon) {
    return claimants.getOrDefault(address, Set.of()).stream().anyMatch(claimant -> claimant != daemon);
  }
}
