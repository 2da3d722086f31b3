// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.pairing;

import io.github.ipseclint.model.ipsec.ConnectionEnd;
import io.github.ipseclint.model.ipsec.HostAddress;
import io.github.ipseclint.model.ipsec.Identity;
import io.github.ipseclint.model.ipsec.IpRange;
import io.github.ipseclint.negotiation.Peer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One connection as the pairing sees it: the addresses and ID it owns and those it expects of its
 * peer.
 *
 * @param order the connection's place in the scan, which keeps results in scan order
 * @param daemon the index of its daemon; two ends of a tunnel are on different daemons
 * @param own the connection's exact local addresses, or, when it configures none ({@code %any},
 *     {@code %defaultroute}), the addresses its host's other connections configure
 * @param sought the exact remote addresses it expects (or initiates to)
 * @param soughtRanges remote subnets and ranges it accepts
 * @param acceptsAny true when it accepts a peer at any address ({@code %any} remote)
 * @param ownId the key of its local ID, when that ID names one peer
 * @param soughtId the key of the remote ID it expects, when that names one peer
 */
record Endpoint(
    Peer peer, int order, int daemon, Set<AddressKey> own, Set<AddressKey> sought, List<IpRange> soughtRanges,
    boolean acceptsAny, Optional<IdentityKey> ownId, Optional<IdentityKey> soughtId) {

  static Endpoint of(Peer peer, int order, int daemon, Set<AddressKey> hostAddresses) {
    Set<AddressKey> local = exact(peer.connection().local());
    Set<AddressKey> remote = exact(peer.connection().remote());
    List<IpRange> ranges = new ArrayList<>();
    boolean any = false;
    for (HostAddress address : peer.connection().remote().addresses().value()) {
      if (address instanceof HostAddress.Any || address instanceof HostAddress.DefaultRoute) {
        any = true;
      } else if (address instanceof HostAddress.Block block && AddressKey.of(address).isEmpty()) {
        ranges.add(block.range());
      }
    }
    // The ID keys are kept: the index and every comparison ask for them again.
    return new Endpoint(peer, order, daemon, local.isEmpty() ? hostAddresses : local, remote, ranges,
        any || remote.isEmpty() && ranges.isEmpty(), IdentityKey.of(peer.connection().local().id().value()),
        IdentityKey.of(peer.connection().remote().id().value()));
  }

  /** The exact addresses one end configures. */
  static Set<AddressKey> exact(ConnectionEnd end) {
    Set<AddressKey> keys = new LinkedHashSet<>();
    end.addresses().value().forEach(address -> AddressKey.of(address).ifPresent(keys::add));
    return keys;
  }

  Identity localId() {
    return peer.connection().local().id().value();
  }

  Identity remoteId() {
    return peer.connection().remote().id().value();
  }

  /**
   * Endpoints are the scan's connections, one each: equal by their place in the scan. (The
   * record's own equality would compare the whole host, every connection of a hub included.)
   */
  @Override
  public boolean equals(Object other) {
    return other instanceof Endpoint that && that.order == order;
  }

  @Override
  public int hashCode() {
    return Integer.hashCode(order);
  }

  /** A site-to-site end: it expects its peer at fixed addresses only. */
  boolean isSiteToSite() {
    return !sought.isEmpty() && soughtRanges.isEmpty() && !acceptsAny;
  }
}
