// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.negotiation.auth;

import io.github.ipseclint.model.ipsec.ConnectionEnd;
import io.github.ipseclint.model.ipsec.HostAddress;
import io.github.ipseclint.model.ipsec.IpAddress;
import io.github.ipseclint.negotiation.exchange.Exchange;
import java.util.List;
import java.util.Optional;

/**
 * The outer (IKE) addresses of one exchange, as far as the two configurations tell them. Default
 * IDs are these addresses (negotiation.md §10.1), and strongSwan prints them in its IKE_AUTH lines.
 *
 * <p>The initiator's own address is known only from its own configuration (a single literal
 * address) or from outside it ({@link Exchange#initiatorHostAddress()}, e.g. a private address
 * behind NAT). An initiator on {@code %defaultroute}, {@code %any} or a host name has an address
 * nobody knows here, and its default ID, that address, matches no specific ID the peer expects:
 * behind NAT it is not the address the peer sees (case C18). The responder sees the initiator at
 * its own address when the responder's configuration admits it, else (NAT) at the one address the
 * responder has configured for it.
 *
 * @param initiator the initiator host's own address
 * @param initiatorAsSeen the initiator's address as the responder sees it (after NAT)
 * @param responder the responder's address: its own, else the one the initiator sends to
 */
public record OuterAddresses(
    Optional<IpAddress> initiator, Optional<IpAddress> initiatorAsSeen, Optional<IpAddress> responder) {

  /** How logs show an address nobody can know before run time. */
  public static final String UNKNOWN = "<ip>";

  public static OuterAddresses of(Exchange exchange) {
    ConnectionEnd initiatorLocal = exchange.initiator().connection().local();
    ConnectionEnd initiatorRemote = exchange.initiator().connection().remote();
    ConnectionEnd responderLocal = exchange.responderConnection().local();
    ConnectionEnd responderRemote = exchange.responderConnection().remote();
    Optional<IpAddress> own = exchange.initiatorHostAddress().or(() -> single(initiatorLocal));
    Optional<IpAddress> seen = own.filter(address -> accepts(responderRemote, address))
        .or(() -> single(responderRemote)).or(() -> own);
    Optional<IpAddress> responder = single(responderLocal).or(() -> single(initiatorRemote));
    return new OuterAddresses(own, seen, responder);
  }

  /** True when the end's configured addresses admit the address (any, or a block holding it). */
  private static boolean accepts(ConnectionEnd end, IpAddress address) {
    return end.addresses().value().stream().anyMatch(host -> host instanceof HostAddress.Any
        || host instanceof HostAddress.Block block && block.range().contains(address));
  }

  /** The end's address when its configuration names exactly one literal address. */
  static Optional<IpAddress> single(ConnectionEnd end) {
    List<HostAddress> addresses = end.addresses().value();
    if (addresses.size() == 1 && addresses.get(0) instanceof HostAddress.Block block
        && block.range().from().equals(block.range().to())) {
      return Optional.of(block.range().from());
    }
    return Optional.empty();
  }

  public String initiatorAsSeenText() {
    return initiatorAsSeen.map(IpAddress::toString).orElse(UNKNOWN);
  }

  public String responderText() {
    return responder.map(IpAddress::toString).orElse(UNKNOWN);
  }
}
