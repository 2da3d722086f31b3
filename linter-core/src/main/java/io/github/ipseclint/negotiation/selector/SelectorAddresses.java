// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.negotiation.selector;

import io.github.ipseclint.model.ipsec.IpAddress;
import io.github.ipseclint.model.ipsec.IpRange;
import io.github.ipseclint.model.source.ByteText;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The addresses of a traffic selector at negotiation time: a block written in a configuration or
 * resolved from a known address, or the outer address of an end that no configuration names
 * (a road warrior behind {@code %any}).
 */
public sealed interface SelectorAddresses permits SelectorAddresses.Block, SelectorAddresses.UnknownHost {

  boolean isV6();

  /** The addresses both contain; empty when they share none. */
  Optional<SelectorAddresses> intersect(SelectorAddresses other);

  /** True when every address of this is in {@code other}. */
  boolean within(SelectorAddresses other);

  /** True when both stand for the same addresses, however they were written. */
  boolean sameAs(SelectorAddresses other);

  /** How many leading bits all its addresses share: 32 (128) for one host, 0 for the family. */
  int prefixBits();

  /** As strongSwan prints it: {@code 10.1.0.0/24}, a host as {@code /32}, a range as {@code a..b}. */
  String text();

  /** A single address on its own ({@code 10.3.0.1}, as a virtual IP is printed), else {@link #text()}. */
  String addressText();

  /** As Libreswan 4.x prints a range: {@code 10.1.0.0-10.1.0.255}. */
  String rangeText();

  /** A block of addresses, both ends included. */
  record Block(IpRange range) implements SelectorAddresses {

    /** The block from {@code from} to {@code to}, written as a subnet when it is one. */
    public static Block between(IpAddress from, IpAddress to) {
      return new Block(new IpRange(from, to, prefixOf(from, to)));
    }

    public static Block host(IpAddress address) {
      return new Block(IpRange.single(address));
    }

    @Override
    public boolean isV6() {
      return range.isV6();
    }

    @Override
    public Optional<SelectorAddresses> intersect(SelectorAddresses other) {
      if (other instanceof UnknownHost host) {
        return host.intersect(this);
      }
      IpRange that = ((Block) other).range;
      if (that.isV6() != isV6()) {
        return Optional.empty();
      }
      IpAddress from = max(range.from(), that.from());
      IpAddress to = min(range.to(), that.to());
      return from.compareTo(to) > 0 ? Optional.empty() : Optional.of(between(from, to));
    }

    @Override
    public boolean within(SelectorAddresses other) {
      return other instanceof Block block && block.isV6() == isV6()
          && block.range.from().compareTo(range.from()) <= 0 && range.to().compareTo(block.range.to()) <= 0;
    }

    @Override
    public boolean sameAs(SelectorAddresses other) {
      return other instanceof Block block && block.range.from().equals(range.from())
          && block.range.to().equals(range.to());
    }

    @Override
    public int prefixBits() {
      int bits = 0;
      while (bits < range.from().bits() && range.from().samePrefix(range.to(), bits + 1)) {
        bits++;
      }
      return bits;
    }

    @Override
    public String text() {
      OptionalInt prefix = prefixOf(range.from(), range.to());
      return prefix.isPresent() ? range.from() + "/" + prefix.getAsInt() : range.from() + ".." + range.to();
    }

    @Override
    public String rangeText() {
      return range.from() + "-" + range.to();
    }

    @Override
    public String addressText() {
      return range.from().equals(range.to()) ? range.from().toString() : text();
    }

    private static IpAddress max(IpAddress a, IpAddress b) {
      return a.compareTo(b) >= 0 ? a : b;
    }

    private static IpAddress min(IpAddress a, IpAddress b) {
      return a.compareTo(b) <= 0 ? a : b;
    }

    /** The prefix length when {@code from}-{@code to} is exactly one subnet. */
    private static OptionalInt prefixOf(IpAddress from, IpAddress to) {
      for (int length = 0; length <= from.bits(); length++) {
        IpRange subnet = IpRange.subnet(from, length);
        if (subnet.from().equals(from) && subnet.to().equals(to)) {
          return OptionalInt.of(length);
        }
      }
      return OptionalInt.empty();
    }
  }

  /**
   * An address the scanned files do not give: the outer address of an end that neither
   * configuration writes down, or a virtual IP from a pool defined elsewhere. Where it lies is
   * known only at run time, and the files cannot prove it outside a subnet of its family (a road
   * warrior behind a NAT has an address in the subnet its gateway names for it; a leased address
   * lies in the subnet the server routes to its clients), so it is taken to lie in every block of
   * its family: intersecting one leaves the host itself. The two daemons' {@code dynamic}
   * selectors for the same end resolve to the same unknown host; two different ones are never
   * taken to coincide.
   *
   * @param label how logs show it, e.g. {@code <left-ip>}
   */
  record UnknownHost(String label, boolean isV6) implements SelectorAddresses {

    @Override
    public Optional<SelectorAddresses> intersect(SelectorAddresses other) {
      return within(other) ? Optional.of(this) : Optional.empty();
    }

    @Override
    public boolean within(SelectorAddresses other) {
      return other instanceof UnknownHost host ? sameAs(host) : other.isV6() == isV6;
    }

    @Override
    public boolean sameAs(SelectorAddresses other) {
      return other instanceof UnknownHost host && host.label.equals(label);
    }

    @Override
    public String rangeText() {
      return label + "-" + label;
    }

    @Override
    public String addressText() {
      return label;
    }

    @Override
    public int prefixBits() {
      return isV6 ? 128 : 32;
    }

    @Override
    public String text() {
      return label + (isV6 ? "/128" : "/32");
    }
  }

  /** {@code 0.0.0.0/0} or {@code ::/0}. */
  static Block wholeFamily(boolean v6) {
    byte[] zero = new byte[v6 ? 16 : 4];
    return new Block(IpRange.subnet(new IpAddress(ByteText.of(zero)), 0));
  }
}
