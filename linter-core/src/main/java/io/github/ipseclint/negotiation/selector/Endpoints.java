// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.negotiation.selector;

import io.github.ipseclint.model.ipsec.Connection;
import io.github.ipseclint.model.ipsec.HostAddress;
import io.github.ipseclint.model.ipsec.IpAddress;
import io.github.ipseclint.negotiation.Side;
import java.util.List;
import java.util.Optional;

/**
 * The outer (IKE) addresses of the two ends of one exchange: where the first packet goes from and
 * to, and what {@code dynamic} selectors stand for. ipseclint sees no interfaces and resolves no
 * names, so an end's address is the first single address it writes for itself (the one a daemon
 * sends from or to), else the one the other end writes for it. When neither writes one (a road
 * warrior on {@code %any}, {@code %defaultroute} or a host name), it is unknown: log lines print
 * {@code <ip>}, selectors hold an unknown host named after the end ({@code <left-ip>}).
 *
 * @param initiator the initiator's address, the first packet's source, when known
 * @param responder the responder's address, the first packet's destination, when known
 * @param initiatorSide how the user named the initiating end, for the unknown hosts' labels
 */
public record Endpoints(Optional<IpAddress> initiator, Optional<IpAddress> responder, Side initiatorSide) {

  /** How log lines show an address nobody knows before run time. */
  private static final String UNKNOWN = "<ip>";

  /**
   * @param initiator the initiating end's connection
   * @param responder the responder's connection for this exchange
   * @param initiatorSide how the user named the initiating end
   */
  public static Endpoints of(Connection initiator, Connection responder, Side initiatorSide) {
    return new Endpoints(
        single(initiator.local().addresses().value()).or(() -> single(responder.remote().addresses().value())),
        single(initiator.remote().addresses().value()).or(() -> single(responder.local().addresses().value())),
        initiatorSide);
  }

  /** The source as log lines print it. */
  public String initiatorText() {
    return initiator.map(IpAddress::toString).orElse(UNKNOWN);
  }

  /** The destination as log lines print it. */
  public String responderText() {
    return responder.map(IpAddress::toString).orElse(UNKNOWN);
  }

  /** The initiator as a selector's host: its address, or {@code <left-ip>} (or {@code <right-ip>}). */
  public SelectorAddresses initiatorHost() {
    return host(initiator, initiatorSide);
  }

  /** The responder as a selector's host: its address, or an unknown host named after its side. */
  public SelectorAddresses responderHost() {
    return host(responder, initiatorSide.other());
  }

  /** An unknown host takes the family of the address that is known, IPv4 when neither is. */
  private SelectorAddresses host(Optional<IpAddress> known, Side side) {
    boolean v6 = initiator.or(() -> responder).map(IpAddress::isV6).orElse(false);
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
