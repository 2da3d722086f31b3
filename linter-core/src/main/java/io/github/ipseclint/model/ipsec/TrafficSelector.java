// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.model.ipsec;

import java.util.Optional;

/**
 * One traffic selector of a CHILD config (negotiation.md §8).
 *
 * @param range the addresses; empty for {@code dynamic}, which the daemon replaces by the end's
 *     own (or virtual) address at negotiation time
 * @param protocol the IP protocol number, 0 for any
 */
public record TrafficSelector(Optional<IpRange> range, int protocol, PortRange ports) {

  public TrafficSelector {
    if (protocol < 0 || protocol > 255) {
      throw new IllegalArgumentException("bad protocol " + protocol);
    }
  }

  public static TrafficSelector dynamic() {
    return new TrafficSelector(Optional.empty(), 0, PortRange.ANY);
  }

  public static TrafficSelector of(IpRange range) {
    return new TrafficSelector(Optional.of(range), 0, PortRange.ANY);
  }

  public boolean isDynamic() {
    return range.isEmpty();
  }

  public TrafficSelector restrictedTo(int newProtocol, PortRange newPorts) {
    return new TrafficSelector(range, newProtocol, newPorts);
  }

  @Override
  public String toString() {
    String base = range.map(IpRange::toString).orElse("dynamic");
    return protocol == 0 && ports.isAny() ? base : base + "[" + protocol + "/" + ports + "]";
  }
}
