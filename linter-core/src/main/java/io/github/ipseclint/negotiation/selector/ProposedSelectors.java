// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.negotiation.selector;

import io.github.ipseclint.model.ipsec.Child;
import io.github.ipseclint.model.ipsec.Connection;
import io.github.ipseclint.model.ipsec.IpsecMode;
import io.github.ipseclint.model.ipsec.VirtualIpRequest;
import io.github.ipseclint.model.target.Implementation;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The TSi and TSr an initiator sends for a new CHILD SA (negotiation.md §8.1, §8.2). */
public final class ProposedSelectors {

  private ProposedSelectors() {}

  /**
   * strongSwan puts its own address for a local {@code dynamic}, or {@code 0.0.0.0/0} / {@code
   * ::/0} when it asks for a virtual IP, and the peer's address for a remote one; in transport
   * mode it proposes its own and the peer's address. Libreswan proposes its selectors, its own
   * and the peer's address standing in for ends it does not write as subnets.
   */
  public static TsPair of(Connection initiator, Child child, Endpoints endpoints) {
    boolean strongswan = initiator.target().implementation() == Implementation.STRONGSWAN;
    List<SelectorAddresses> own = strongswan && !initiator.vipRequests().value().isEmpty()
        ? virtualIpWildcards(initiator, initiator.vipRequests().value())
        : List.of(endpoints.initiatorHost());
    return withOwn(initiator, child, endpoints, own);
  }

  /**
   * The IDs of IKEv1 Quick Mode, which follows Mode Config: the initiator's own {@code dynamic}
   * is the virtual IP it was leased, else its address.
   *
   * @param virtualIps the addresses Mode Config leased the initiator, empty without a lease
   */
  public static TsPair quickMode(Connection initiator, Child child, Endpoints endpoints,
      List<SelectorAddresses> virtualIps) {
    return withOwn(initiator, child, endpoints, virtualIps.isEmpty() ? List.of(endpoints.initiatorHost()) : virtualIps);
  }

  private static TsPair withOwn(Connection initiator, Child child, Endpoints endpoints, List<SelectorAddresses> own) {
    boolean strongswan = initiator.target().implementation() == Implementation.STRONGSWAN;
    List<Selector> tsi = ConfiguredSelectors.resolve(child.localTs().value(), own);
    List<Selector> tsr = ConfiguredSelectors.resolve(child.remoteTs().value(), List.of(endpoints.responderHost()));
    if (strongswan && child.mode().value() == IpsecMode.TRANSPORT) {
      return new TsPair(ConfiguredSelectors.onHost(tsi, endpoints.initiatorHost()),
          ConfiguredSelectors.onHost(tsr, endpoints.responderHost()));
    }
    return new TsPair(tsi, tsr);
  }

  /** One wildcard per requested family, the family of a bare {@code %config} as stroke deduces it. */
  private static List<SelectorAddresses> virtualIpWildcards(Connection initiator, List<VirtualIpRequest> requests) {
    Set<Boolean> families = new LinkedHashSet<>();
    for (VirtualIpRequest request : requests) {
      families.add(RequestedFamily.isV6(initiator, request));
    }
    return families.stream().<SelectorAddresses>map(SelectorAddresses::wholeFamily).toList();
  }
}
