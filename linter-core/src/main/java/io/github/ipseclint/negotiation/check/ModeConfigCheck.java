// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.negotiation.check;

import io.github.ipseclint.model.ipsec.AddressPool;
import io.github.ipseclint.model.ipsec.VirtualIpRequest;
import io.github.ipseclint.negotiation.exchange.Check;
import io.github.ipseclint.negotiation.exchange.CheckStatus;
import io.github.ipseclint.negotiation.exchange.Exchange;
import io.github.ipseclint.negotiation.selector.SelectorAddresses;
import java.util.List;

/**
 * IKEv1 Mode Config, between phase 1 and Quick Mode (negotiation.md §8.3, §8.4): a client that
 * asks for a virtual IP has its lease before Quick Mode starts, so its IDci is the leased
 * address and the server's remote {@code dynamic} stands for the same one. This differs from
 * IKEv2, where the client proposes {@code 0.0.0.0/0} in the same message that asks for the
 * address. Without a lease the client proposes its own address; what the server then does with
 * the Quick Mode IDs is for {@link QuickModeIdCheck} to decide, so this check never stops.
 */
public final class ModeConfigCheck implements Check {

  @Override
  public CheckStatus apply(Exchange exchange) {
    List<VirtualIpRequest> requests = exchange.initiator().connection().vipRequests().value();
    if (requests.isEmpty()) {
      return CheckStatus.CONTINUE;
    }
    List<AddressPool> pools = exchange.responderConnection().pools().value();
    List<SelectorAddresses> assigned = exchange.responder().isStrongswan()
        ? ConfigPayloadCheck.strongswanLeases(exchange, requests, pools)
        // pluto's mode-config server leases one address from its pool
        : VirtualIpLease.lease(exchange.initiator().connection(), requests.get(0), pools).map(List::of)
            .orElse(List.of());
    if (!assigned.isEmpty()) {
      ConfigPayloadCheck.assign(exchange, assigned);
    }
    return CheckStatus.CONTINUE;
  }
}
