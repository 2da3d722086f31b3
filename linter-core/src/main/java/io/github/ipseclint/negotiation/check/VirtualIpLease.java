// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.negotiation.check;

import io.github.ipseclint.model.ipsec.AddressPool;
import io.github.ipseclint.model.ipsec.Connection;
import io.github.ipseclint.model.ipsec.IpAddress;
import io.github.ipseclint.model.ipsec.IpRange;
import io.github.ipseclint.model.ipsec.VirtualIpRequest;
import io.github.ipseclint.model.source.ByteText;
import io.github.ipseclint.negotiation.selector.RequestedFamily;
import io.github.ipseclint.negotiation.selector.SelectorAddresses;
import java.util.List;
import java.util.Optional;

/**
 * Which address a responder's pools give a virtual IP request (negotiation.md §8.4). The first
 * lease is predicted: a subnet's first host address, a range's first address, the requested
 * address when a pool holds it. A pool whose addresses the scanned files do not give (an
 * attribute plugin, a database, {@code rightsourceip=%config}, a value ipseclint cannot read) is
 * assumed to serve every request: the address asked for, else one not known here.
 */
final class VirtualIpLease {

  private VirtualIpLease() {}

  /** @param client the connection that asks, which decides the family of a request without one */
  static Optional<SelectorAddresses> lease(Connection client, VirtualIpRequest request, List<AddressPool> pools) {
    boolean v6 = RequestedFamily.isV6(client, request);
    for (AddressPool pool : pools) {
      if (pool.ranges().isEmpty()) {
        // charon's %config pool hands out the address asked for; of another, ipseclint knows nothing
        return Optional.of(request.address().<SelectorAddresses>map(SelectorAddresses.Block::host)
            .orElseGet(() -> new SelectorAddresses.UnknownHost("<virtual-ip>", v6)));
      }
      for (IpRange range : pool.ranges()) {
        if (range.isV6() != v6) {
          continue;
        }
        Optional<IpAddress> wanted = request.address().filter(range::contains);
        return Optional.of(SelectorAddresses.Block.host(wanted.orElseGet(() -> first(range))));
      }
    }
    return Optional.empty();
  }

  /** The text charon prints for a request: {@code %any} / {@code %any6} for any address of a family. */
  static String requested(Connection client, VirtualIpRequest request) {
    return request.address().map(IpAddress::toString).orElse(RequestedFamily.isV6(client, request) ? "%any6" : "%any");
  }

  /** A subnet's network address is never leased. */
  private static IpAddress first(IpRange range) {
    boolean subnet = range.prefixLength().isPresent() && range.prefixLength().getAsInt() < range.from().bits() - 1;
    return subnet ? next(range.from()) : range.from();
  }

  private static IpAddress next(IpAddress address) {
    byte[] bytes = address.octets().bytes();
    for (int i = bytes.length - 1; i >= 0; i--) {
      bytes[i]++;
      if (bytes[i] != 0) {
        break;
      }
    }
    return new IpAddress(ByteText.of(bytes));
  }
}
