// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.model.ipsec;

import io.github.ipseclint.model.source.ByteText;

/**
 * An IPv4 (4 bytes) or IPv6 (16 bytes) address in network byte order, parsed from a literal
 * only: nothing in ipseclint resolves names.
 */
public record IpAddress(ByteText octets) implements Comparable<IpAddress> {

  public IpAddress {
    if (octets.length() != 4 && octets.length() != 16) {
      throw new IllegalArgumentException("an address has 4 or 16 bytes, got " + octets.length());
    }
  }

  public boolean isV6() {
    return octets.length() == 16;
  }

  /** {@code 0.0.0.0} or {@code ::}. */
  public boolean isUnspecified() {
    return octets.latin1().chars().allMatch(b -> b == 0);
  }

  public int bits() {
    return octets.length() * 8;
  }

  /** True when the first {@code prefixLength} bits equal those of {@code other} (same family). */
  public boolean samePrefix(IpAddress other, int prefixLength) {
    if (isV6() != other.isV6()) {
      return false;
    }
    byte[] a = octets.bytes();
    byte[] b = other.octets.bytes();
    for (int bit = 0; bit < prefixLength; bit++) {
      int mask = 0x80 >>> (bit % 8);
      if ((a[bit / 8] & mask) != (b[bit / 8] & mask)) {
        return false;
      }
    }
    return true;
  }

  /**
   * The octets taken four at a time as big-endian ints, mixed (MurmurHash3's finaliser, a
   * bijection, so the addresses of a /16 keep distinct hashes). The record's own hash, the String
   * hash of the octets, multiplies by 31 < 256 and folds a /16 onto a few thousand values; and
   * unmixed ints collide again in records that combine two addresses as {@code 31 * a + b}.
   */
  @Override
  public int hashCode() {
    String text = octets.latin1();
    int hash = 0;
    for (int i = 0; i < text.length(); i += 4) {
      int word = text.charAt(i) << 24 | text.charAt(i + 1) << 16 | text.charAt(i + 2) << 8 | text.charAt(i + 3);
      hash = mix(hash * 31 + word);
    }
    return hash;
  }

  private static int mix(int value) {
    int h = value;
    h ^= h >>> 16;
    h *= 0x85ebca6b;
    h ^= h >>> 13;
    h *= 0xc2b2ae35;
    h ^= h >>> 16;
    return h;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof IpAddress address && octets.equals(address.octets);
  }

  /** Unsigned byte-wise order; only meaningful within one family. */
  @Override
  public int compareTo(IpAddress other) {
    return octets.compareTo(other.octets);
  }

  /**
   * Dotted quad, or IPv6 as the daemons print it (inet_ntop, RFC 5952): lower-case hex groups
   * without leading zeros, the longest run of two or more zero groups (the first of equals) as
   * {@code ::}, and an IPv4-mapped or -compatible address with its last 32 bits dotted.
   */
  @Override
  public String toString() {
    byte[] b = octets.bytes();
    if (!isV6()) {
      return dotted(b, 0);
    }
    int[] groups = new int[8];
    for (int i = 0; i < 8; i++) {
      groups[i] = (b[2 * i] & 0xff) << 8 | (b[2 * i + 1] & 0xff);
    }
    int runStart = -1;
    int runLength = 0;
    for (int i = 0; i < 8; i++) {
      int length = 0;
      while (i + length < 8 && groups[i + length] == 0) {
        length++;
      }
      if (length > runLength) {
        runStart = i;
        runLength = length;
      }
      i += length;
    }
    if (runLength < 2) {
      runStart = -1;
    }
    boolean embedsV4 = runStart == 0 && (runLength == 6 || runLength == 5 && groups[5] == 0xffff);
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < 8; i++) {
      if (i == runStart) {
        out.append("::");
        i += runLength - 1;
        continue;
      }
      if (out.length() > 0 && out.charAt(out.length() - 1) != ':') {
        out.append(':');
      }
      if (embedsV4 && i == 6) {
        return out.append(dotted(b, 12)).toString();
      }
      out.append(Integer.toHexString(groups[i]));
    }
    return out.toString();
  }

  private static String dotted(byte[] b, int from) {
    return (b[from] & 0xff) + "." + (b[from + 1] & 0xff) + "." + (b[from + 2] & 0xff) + "." + (b[from + 3] & 0xff);
  }
}
