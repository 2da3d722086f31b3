// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.model.ipsec;

/** Ports {@code from} to {@code to}, both included; {@code 0-65535} is "any". */
public record PortRange(int from, int to) {
  public static final PortRange ANY = new PortRange(0, 65535);

  public PortRange {
    if (from < 0 || to > 65535 || from > to) {
      throw new IllegalArgumentException("bad port range " + from + "-" + to);
    }
  }

  public boolean isAny() {
    return from == 0 && to == 65535;
  }

  @Override
  public String toString() {
    return isAny() ? "%any" : from == to ? Integer.toString(from) : from + "-" + to;
  }
}
