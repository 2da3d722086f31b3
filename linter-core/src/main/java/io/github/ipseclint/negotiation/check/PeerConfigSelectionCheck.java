// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.negotiation.check;

import io.github.ipseclint.negotiation.exchange.Check;
import io.github.ipseclint.negotiation.exchange.CheckStatus;
import io.github.ipseclint.negotiation.exchange.Exchange;

/**
 * C5, second half: the responder picks its configuration for the IDs of the IKE_AUTH request
 * (negotiation.md §10.2 step 3 for strongSwan, steps 2-3 for Libreswan). strongSwan ranks every
 * peer config still in the running by IDs and addresses and refuses the request when none fits;
 * Libreswan keeps the connection of IKE_SA_INIT unless a better one exists, then insists that
 * the peer's ID matches it.
 */
public final class PeerConfigSelectionCheck implements Check {
  private final StrongswanPeerConfigs strongswan = new StrongswanPeerConfigs();
  private final LibreswanConnectionRefinement libreswan = new LibreswanConnectionRefinement();

  @Override
  public CheckStatus apply(Exchange exchange) {
    return exchange.responder().isStrongswan() ? strongswan.select(exchange) : libreswan.select(exchange);
  }
}
