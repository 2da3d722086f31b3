// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.pairing;

import io.github.ipseclint.model.ipsec.HostAddress;
import io.github.ipseclint.model.ipsec.IpAddress;
import java.util.Locale;
import java.util.Optional;

/**
 * An outer address as pairing compares it: one exact IP address, or a DNS name (compared without
 * case, never resolved).
 */
record AddressKey(Optional<IpAddress> address, Optional<String> hostName) {

  /** The key of a configured address when it names one host; empty for {@code %any}, subnets, ranges. */
  static Optional<AddressKey> of(HostAddress written) {
    if (written instanceof HostAddress.Block block && block.range().from().equals(block.range().to())) {
      return Optional.of(new AddressKey(Optional.of(block.range().from()), Optional.empty()));
    }
    if (written instanceof HostAddress.HostName name) {
      return Optional.of(new AddressKey(Optional.empty(), Optional.of(name.name().toLowerCase(Locale.ROOT))));
    }
    return Optional.empty();
  }

  boolean isHostName() {
    return hostName.isPresent();
  }

  @Override
  public String toString() {
    return address.map(IpAddress::toString).orElseGet(hostName::orElseThrow);
  }
}
