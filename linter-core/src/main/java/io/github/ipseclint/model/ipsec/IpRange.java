// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.model.ipsec;

/**
 * A block of addresses of one family, both ends included. {@link #prefixLength()} is kept when
 * the block was written as a subnet, so that dumps and messages show it as written.
 */
public record IpRange(IpAddress from, IpAddress to, java.util.OptionalInt prefixLength) {

  public IpRange {
    if (from.isV6() != to.isV6()) {
      throw new IllegalArgumentException("range ends of different families");
    }
  }

  /** {@code network/prefix}; host bits of {@code network} are ignored, as both daemons do. */
  public static IpRange subnet(IpAddress network, int prefixLength) {
    byte[] low = network.octets().bytes();
    byte[] high = network.octets().bytes();
    for (int bit = prefixLength; bit < network.bits(); bit++) {
      int mask = 0x80 >>> (bit % 8);
      low[bit / 8] &= (byte) ~mask;
      high[bit / 8] |= (byte) mask;
    }
    return new IpRange(new IpAddress(io.github.ipseclint.model.source.ByteText.of(low)),
        new IpAddress(io.github.ipseclint.model.source.ByteText.of(high)), java.util.OptionalInt.of(prefixLength));
  }

  public static IpRange single(IpAddress address) {
    return subnet(address, address.bits());
  }

  public boolean isV6() {
    return from.isV6();
  }

  public boolean contains(IpAddress address) {
    return address.isV6() == isV6() && from.compareTo(address) <= 0 && address.compareTo(to) <= 0;
  }

  /** {@code 0.0.0.0/0} or {@code ::/0}. */
  public boolean coversFamily() {
    return prefixLength.isPresent() && prefixLength.getAsInt() == 0
        || from.isUnspecified() && to.octets().latin1().chars().allMatch(b -> b == 0xff);
  }

  @Override
  public String toString() {
    return prefixLength.isPresent() ? from + "/" + prefixLength.getAsInt() : from + "-" + to;
  }
}
