// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.negotiation.check;

import io.github.ipseclint.model.ipsec.Connection;
import io.github.ipseclint.model.ipsec.HostAddress;
import io.github.ipseclint.model.ipsec.IpAddress;
import io.github.ipseclint.negotiation.exchange.Exchange;
import java.util.List;
import java.util.Optional;

/**
 * The outer addresses of the first packet: where the initiator sends from and to. ipseclint sees
 * no interfaces and resolves no names, so an end written as {@code %any}, {@code %defaultroute}
 * or a host name takes the address the other end expects there, when that end writes one.
 *
 * @param initiator the packet's source; empty when neither end names it
 * @param responder the packet's destination; empty when neither end names it
 */
public record Endpoints(Optional<IpAddress> initiator, Optional<IpAddress> responder) {

  public static Endpoints of(Exchange exchange) {
    Connection from = exchange.initiator().connection();
    Connection to = exchange.responder().connection();
    return new Endpoints(
        address(from.local().addresses().value()).or(() -> address(to.remote().addresses().value())),
        address(from.remote().addresses().value()).or(() -> address(to.local().addresses().value())));
  }

  /** The first entry when it is one address: the one a daemon sends from or to. */
  private static Optional<IpAddress> address(List<HostAddress> addresses) {
    if (addresses.isEmpty() || !(addresses.get(0) instanceof HostAddress.Block block)) {
      return Optional.empty();
    }
    return block.range().from().equals(block.range().to()) ? Optional.of(block.range().from()) : Optional.empty();
  }

  /** The source as logs print it; {@code <ip>} when unknown. */
  public String initiatorText() {
    return initiator.map(IpAddress::toString).orElse("<ip>");
  }

  /** The destination as logs print it; {@code <ip>} when unknown. */
  public String responderText() {
    return responder.map(IpAddress::toString).orElse("<ip>");
  }
}
