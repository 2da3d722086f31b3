// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.negotiation.selector;

import io.github.ipseclint.model.ipsec.Child;
import io.github.ipseclint.model.ipsec.Connection;
import io.github.ipseclint.model.ipsec.HostAddress;
import io.github.ipseclint.model.ipsec.IpAddress;
import io.github.ipseclint.model.ipsec.TrafficSelector;
import io.github.ipseclint.model.ipsec.VirtualIpRequest;
import java.util.List;
import java.util.Optional;

/**
 * The address family a virtual IP request asks for. A request for "an address" without a family
 * (ipsec.conf {@code leftsourceip=%config}) is deduced the way stroke does it: from the local
 * subnets when written, else from the remote ones (IPv4 if one is IPv4), else from the end's own
 * outer address (IPv6 only when it is an IPv6 literal).
 */
public final class RequestedFamily {

  private RequestedFamily() {}

  public static boolean isV6(Connection connection, VirtualIpRequest request) {
    if (request.address().isPresent()) {
      return request.address().get().isV6();
    }
    if (request.family() != HostAddress.Family.BOTH) {
      return request.family() == HostAddress.Family.V6;
    }
    Optional<Child> child = connection.children().stream().findFirst();
    return child.flatMap(c -> subnetsAreV6(c.localTs().value()))
        .or(() -> child.flatMap(c -> subnetsAreV6(c.remoteTs().value())))
        .orElseGet(() -> ownAddressIsV6(connection));
  }

  /** Empty when no subnet is written; else true unless one of them is IPv4. */
  private static Optional<Boolean> subnetsAreV6(List<TrafficSelector> selectors) {
    List<Boolean> families = selectors.stream().filter(ts -> !ts.isDynamic())
        .map(ts -> ts.range().orElseThrow().isV6()).toList();
    return families.isEmpty() ? Optional.empty() : Optional.of(!families.contains(false));
  }

  private static boolean ownAddressIsV6(Connection connection) {
    return connection.local().addresses().value().stream().findFirst()
        .filter(address -> address instanceof HostAddress.Block)
        .map(address -> ((HostAddress.Block) address).range().from())
        .map(IpAddress::isV6).orElse(false);
  }
}
