// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.negotiation.exchange;

/**
 * One step of the decision procedure (negotiation.md §14.2 C1-C12). A check reads the exchange
 * so far, records what it decides and the lines each daemon logs, and says whether the exchange
 * goes on. A failing check records the failure with {@link Exchange#fail}.
 */
public interface Check {
  CheckStatus apply(Exchange exchange);
}
