// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.negotiation.selector;

import io.github.ipseclint.model.ipsec.IpRange;
import io.github.ipseclint.model.ipsec.PortRange;
import io.github.ipseclint.model.ipsec.TrafficSelector;
import java.util.Optional;

/**
 * A traffic selector as it travels in a TS payload or a Quick Mode ID: addresses, an IP protocol
 * (0 for any) and a port range. Unlike the model's {@code TrafficSelector} it is never
 * {@code dynamic}: the end's address has been put in.
 */
public record Selector(SelectorAddresses addresses, int protocol, PortRange ports) {

  public static Selector of(SelectorAddresses addresses) {
    return new Selector(addresses, 0, PortRange.ANY);
  }

  /**
   * strongSwan's subset of two selectors ({@code get_subset}): the common addresses and ports,
   * and the protocol when both name the same one or one of them allows any.
   */
  public Optional<Selector> intersect(Selector other) {
    if (protocol != 0 && other.protocol != 0 && protocol != other.protocol) {
      return Optional.empty();
    }
    int from = Math.max(ports.from(), other.ports.from());
    int to = Math.min(ports.to(), other.ports.to());
    if (from > to) {
      return Optional.empty();
    }
    return addresses.intersect(other.addresses)
        .map(common -> new Selector(common, Math.max(protocol, other.protocol), new PortRange(from, to)));
  }

  /** True when every packet this selector admits is admitted by {@code other}. */
  public boolean within(Selector other) {
    return addresses.within(other.addresses)
        && (other.protocol == 0 || other.protocol == protocol)
        && other.ports.from() <= ports.from() && ports.to() <= other.ports.to();
  }

  /** The same addresses, protocol and ports, however the addresses were written. */
  public boolean sameAs(Selector other) {
    return addresses.sameAs(other.addresses) && protocol == other.protocol && ports.equals(other.ports);
  }

  /**
   * The model's form, for the outcome: a block keeps its addresses, an unknown host becomes
   * {@code dynamic} (the end's own address, whatever it turns out to be).
   */
  public TrafficSelector asConfigured() {
    Optional<IpRange> range =
        addresses instanceof SelectorAddresses.Block block ? Optional.of(block.range()) : Optional.empty();
    return new TrafficSelector(range, protocol, ports);
  }

  /** A single port, as Libreswan can write it (it knows "all ports" or one port only). */
  public boolean hasSinglePort() {
    return ports.from() == ports.to();
  }
}
