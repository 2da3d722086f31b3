// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.negotiation.selector;

import java.util.List;

/**
 * The two traffic selector payloads of a CHILD SA exchange: TSi for the initiator's traffic, TSr
 * for the responder's.
 */
public record TsPair(List<Selector> tsi, List<Selector> tsr) {

  public TsPair {
    tsi = List.copyOf(tsi);
    tsr = List.copyOf(tsr);
  }
}
