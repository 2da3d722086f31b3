// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.parse.model;

import io.github.ipseclint.model.ipsec.HostAddress;
import io.github.ipseclint.model.ipsec.IpAddress;
import io.github.ipseclint.model.ipsec.IpRange;
import io.github.ipseclint.parse.identity.IpLiteral;
import java.util.Optional;

/**
 * Address literals, subnets and ranges, and the host forms of the three front ends. Never
 * resolves a name: a DNS name stays a {@link HostAddress.HostName}.
 */
final class Addresses {
  private Addresses() {}

  /** {@code 192.0.2.1}, {@code 10.0.0.0/8} or {@code 10.0.0.1-10.0.0.9}. */
  static Optional<IpRange> block(String text) {
    int slash = text.indexOf('/');
    if (slash >= 0) {
      String bits = text.substring(slash + 1);
      Optional<IpAddress> network = IpLiteral.parse(text.substring(0, slash));
      Optional<Long> length = Scalars.number(bits).filter(n -> bits.length() <= 3);
      if (network.isEmpty() || length.isEmpty() || length.get() > network.get().bits()) {
        return Optional.empty();
      }
      return Optional.of(IpRange.subnet(network.get(), length.get().intValue()));
    }
    int dash = text.indexOf('-');
    if (dash >= 0) {
      Optional<IpAddress> from = IpLiteral.parse(text.substring(0, dash));
      Optional<IpAddress> to = IpLiteral.parse(text.substring(dash + 1));
      if (from.isEmpty() || to.isEmpty() || from.get().isV6() != to.get().isV6() || from.get().compareTo(to.get()) > 0) {
        return Optional.empty();
      }
      return Optional.of(new IpRange(from.get(), to.get(), java.util.OptionalInt.empty()));
    }
    return IpLiteral.parse(text).map(IpRange::single);
  }

  /**
   * A strongSwan host item (swanctl {@code local_addrs}, ipsec.conf {@code left}). starter turns
   * {@code %defaultroute} into {@code %any} and {@code %192.0.2.1} into the address with
   * "allow any" (formats.md §2.4).
   */
  static Optional<HostAddress> strongswanHost(String text) {
    Optional<HostAddress> any = any(text);
    if (any.isPresent()) {
      return any;
    }
    if (text.equals("%defaultroute")) {
      return Optional.of(new HostAddress.Any(HostAddress.Family.BOTH));
    }
    String bare = text.startsWith("%") ? text.substring(1) : text;
    return block(bare).<HostAddress>map(HostAddress.Block::new).or(() -> hostName(bare));
  }

  /** A Libreswan {@code left=}/{@code right=}: one address, name or {@code %} keyword. */
  static Optional<HostAddress> libreswanHost(String text) {
    Optional<HostAddress> any = any(text);
    if (any.isPresent()) {
      return any;
    }
    if (text.equals("%defaultroute") || text.equals("%defaultroute4") || text.equals("%defaultroute6")) {
      return Optional.of(new HostAddress.DefaultRoute());
    }
    if (text.equals("%opportunistic") || text.equals("%group") || text.equals("%opportunisticgroup")) {
      return Optional.of(new HostAddress.Any(HostAddress.Family.BOTH));
    }
    return IpLiteral.parse(text).<HostAddress>map(a -> new HostAddress.Block(IpRange.single(a)))
        .or(() -> hostName(text));
  }

  private static Optional<HostAddress> any(String text) {
    switch (text) {
      case "%any":
        return Optional.of(new HostAddress.Any(HostAddress.Family.BOTH));
      case "%any4":
        return Optional.of(new HostAddress.Any(HostAddress.Family.V4));
      case "%any6":
        return Optional.of(new HostAddress.Any(HostAddress.Family.V6));
      default:
        return Optional.empty();
    }
  }

  /** Letters, digits, hyphens and dots, not starting with a dot: what DNS could resolve. */
  private static Optional<HostAddress> hostName(String text) {
    boolean name = !text.isEmpty() && text.length() <= 253 && text.charAt(0) != '.' && text.charAt(0) != '-'
        && text.chars().allMatch(c -> c < 0x80 && (Character.isLetterOrDigit(c) || c == '-' || c == '.' || c == '_'));
    return name ? Optional.of(new HostAddress.HostName(text)) : Optional.empty();
  }
}
