// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.negotiation.selector;

import io.github.ipseclint.model.ipsec.TrafficSelector;
import java.util.ArrayList;
import java.util.List;

/** One end's configured selectors at negotiation time, {@code dynamic} replaced by addresses. */
public final class ConfiguredSelectors {

  private ConfiguredSelectors() {}

  /**
   * @param dynamic what {@code dynamic} stands for here (the end's address, its virtual IPs, or
   *     nothing when the daemon cannot resolve it); a dynamic selector keeps its protocol and ports
   */
  public static List<Selector> resolve(List<TrafficSelector> configured, List<SelectorAddresses> dynamic) {
    List<Selector> resolved = new ArrayList<>();
    for (TrafficSelector selector : configured) {
      if (selector.isDynamic()) {
        dynamic.forEach(address -> resolved.add(new Selector(address, selector.protocol(), selector.ports())));
      } else {
        resolved.add(new Selector(new SelectorAddresses.Block(selector.range().orElseThrow()),
            selector.protocol(), selector.ports()));
      }
    }
    return resolved;
  }

  /** The same selectors with their addresses replaced (transport mode's host-to-host selectors). */
  public static List<Selector> onHost(List<Selector> selectors, SelectorAddresses host) {
    List<Selector> onHost = new ArrayList<>();
    for (Selector selector : selectors) {
      Selector moved = new Selector(host, selector.protocol(), selector.ports());
      if (onHost.stream().noneMatch(moved::sameAs)) {
        onHost.add(moved);
      }
    }
    return onHost;
  }
}
