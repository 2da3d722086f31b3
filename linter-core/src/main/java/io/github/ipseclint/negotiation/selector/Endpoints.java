// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.negotiation.selector;

import io.github.ipseclint.model.ipsec.Connection;
import io.github.ipseclint.model.ipsec.HostAddress;
import io.github.ipseclint.model.ipsec.IpAddress;
import io.github.ipseclint.negotiation.Side;
import java.util.List;
import java.util.Optional;

/**
 * The outer (IKE) addresses of the two ends of one exchange, which {@code dynamic} selectors stand
 * for. An end's address is what it writes for itself, else what the other end writes for it;
 * when neither writes a single address (a road warrior on {@code %any}), it is an unknown host.
 */
public record Endpoints(SelectorAddresses initiator, SelectorAddresses responder) {

  /**
   * @param initiator the initiating end's connection
   * @param responder the responder's connection for this exchange
   * @param initiatorSide how the user named the initiating end, for the unknown hosts' labels
   */
  public static Endpoints of(Connection initiator, Connection responder, Side initiatorSide) {
    Optional<IpAddress> initiatorAddress = single(initiator.local().addresses().value())
        .or(() -> single(responder.remote().addresses().value()));
    Optional<IpAddress> responderAddress = single(initiator.remote().addresses().value())
        .or(() -> single(responder.local().addresses().value()));
    boolean v6 = initiatorAddress.or(() -> responderAddress).map(IpAddress::isV6).orElse(false);
    return new Endpoints(address(initiatorAddress, initiatorSide, v6), address(responderAddress, initiatorSide.other(), v6));
  }

  private static SelectorAddresses address(Optional<IpAddress> known, Side side, boolean v6) {
    return known.<SelectorAddresses>map(SelectorAddresses.Block::host)
        .orElseGet(() -> new SelectorAddresses.UnknownHost("<" + side.label() + "-ip>", v6));
  }

  private static Optional<IpAddress> single(List<HostAddress> addresses) {
    return addresses.stream()
        .filter(address -> address instanceof HostAddress.Block)
        .map(address -> ((HostAddress.Block) address).range())
        .filter(range -> range.from().equals(range.to()))
        .map(range -> range.from())
        .findFirst();
  }
}
