// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.model.ipsec;

/**
 * An outer (IKE) address of one end as configured. Host names and {@code %defaultroute} stay
 * unresolved: ipseclint never asks DNS or the routing table.
 */
public sealed interface HostAddress
    permits HostAddress.Any, HostAddress.DefaultRoute, HostAddress.Block, HostAddress.HostName {

  /** {@code %any}, {@code %any4}, {@code %any6}; swanctl's default. */
  record Any(Family family) implements HostAddress {
    @Override
    public String toString() {
      return family == Family.BOTH ? "%any" : family == Family.V4 ? "%any4" : "%any6";
    }
  }

  /** Libreswan {@code %defaultroute}: the address of the default route's interface, unknown here. */
  record DefaultRoute() implements HostAddress {
    @Override
    public String toString() {
      return "%defaultroute";
    }
  }

  /** An address, subnet or range literal. */
  record Block(IpRange range) implements HostAddress {
    @Override
    public String toString() {
      return range.prefixLength().isPresent() && range.prefixLength().getAsInt() == range.from().bits()
          ? range.from().toString() : range.toString();
    }
  }

  /** A DNS name, resolved by the daemon when it loads or initiates the connection. */
  record HostName(String name) implements HostAddress {
    @Override
    public String toString() {
      return name;
    }
  }

  /** The address families an any-address stands for. */
  enum Family {
    V4,
    V6,
    BOTH
  }

  /** True when {@code address} is this literal (an exact address, not a block containing it). */
  default boolean isAddress(IpAddress address) {
    return this instanceof Block block && block.range().from().equals(address) && block.range().to().equals(address);
  }
}
