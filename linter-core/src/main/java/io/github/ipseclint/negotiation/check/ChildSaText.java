// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.negotiation.check;

import io.github.ipseclint.model.crypto.Proposal;
import io.github.ipseclint.model.crypto.TransformType;
import io.github.ipseclint.model.ipsec.IpsecMode;
import io.github.ipseclint.model.target.VersionBucket;
import io.github.ipseclint.negotiation.Peer;
import io.github.ipseclint.negotiation.exchange.Exchange;
import io.github.ipseclint.negotiation.selector.Endpoints;
import io.github.ipseclint.negotiation.selector.Selector;
import io.github.ipseclint.negotiation.selector.SelectorText;
import io.github.ipseclint.negotiation.selector.TsPair;
import io.github.ipseclint.negotiation.wording.LibreswanWording;
import io.github.ipseclint.negotiation.wording.StrongswanWording;
import java.util.List;

/** The lines each daemon logs when it installs the first CHILD SA (negotiation.md §13.1). */
final class ChildSaText {

  private ChildSaText() {}

  /**
   * Logs one end's "established" line, from its own point of view.
   *
   * @param initiator the initiating end ({@code true}) or the responding one
   */
  static void established(Exchange exchange, boolean initiator) {
    Peer peer = initiator ? exchange.initiator() : exchange.responder();
    String line = peer.isStrongswan()
        ? "CHILD_SA " + childName(exchange, initiator) + "{1} established with SPIs <spi>_i <spi>_o and TS "
            + strongswanTs(exchange, initiator)
        : libreswan(exchange, peer, initiator);
    if (initiator) {
      exchange.logInitiator(line);
    } else {
      exchange.logResponder(line);
    }
  }

  /**
   * The same after IKEv1 Quick Mode: charon's line is the IKEv2 one, pluto's reads {@code IPsec SA
   * established tunnel mode {ESP=>0x<spi> <0x<spi> xfrm=AES_CBC_256-HMAC_SHA2_256_128 DPD=passive}}.
   */
  static void establishedQuickMode(Exchange exchange, boolean initiator) {
    Peer peer = initiator ? exchange.initiator() : exchange.responder();
    if (peer.isStrongswan()) {
      String selected = "selected proposal: " + StrongswanWording.proposal(exchange.childSuite().orElseThrow());
      if (initiator) {
        exchange.logInitiator(selected);
      } else {
        exchange.logResponder(selected);
      }
      established(exchange, initiator);
      return;
    }
    Proposal suite = exchange.childSuite().orElseThrow();
    String mode = exchange.mode().orElse(IpsecMode.TUNNEL) == IpsecMode.TRANSPORT ? "transport" : "tunnel";
    String line = "IPsec SA established " + mode + " mode {" + suite.protocol()
        + (selectsEsn(suite) ? "/ESN" : "") + "=>0x<spi> <0x<spi> xfrm=" + LibreswanWording.xfrm(suite)
        + " DPD=" + (peer.connection().dpd().enabled() ? "active" : "passive") + "}";
    if (initiator) {
      exchange.logInitiator(line);
    } else {
      exchange.logResponder(line);
    }
  }

  /** {@code <local> === <remote>} as charon prints the SA's selectors. */
  static String strongswanTs(Exchange exchange, boolean initiator) {
    TsPair ts = agreed(exchange);
    return initiator
        ? SelectorText.strongswan(ts.tsi()) + " === " + SelectorText.strongswan(ts.tsr())
        : SelectorText.strongswan(ts.tsr()) + " === " + SelectorText.strongswan(ts.tsi());
  }

  private static String childName(Exchange exchange, boolean initiator) {
    return (initiator ? exchange.initiatorChild() : exchange.responderChild()).map(child -> child.name()).orElse("");
  }

  /**
   * {@code initiator established Child SA using #1; IPsec tunnel [...] {ESP=>0x<spi> <0x<spi>
   * xfrm=AES_GCM_16_256-NONE DPD=passive}}; 4.x prints the selectors as ranges.
   */
  private static String libreswan(Exchange exchange, Peer peer, boolean initiator) {
    TsPair ts = agreed(exchange);
    List<Selector> local = initiator ? ts.tsi() : ts.tsr();
    List<Selector> remote = initiator ? ts.tsr() : ts.tsi();
    boolean four = !peer.bucket().isAtLeast(VersionBucket.LS5);
    String selectors = four
        ? SelectorText.libreswan4(local.get(0)) + " -> " + SelectorText.libreswan4(remote.get(0))
        : "[" + SelectorText.libreswan5(local.get(0)) + "===" + SelectorText.libreswan5(remote.get(0)) + "]";
    Proposal suite = exchange.childSuite().orElseThrow();
    boolean udp = encapsulated(exchange);
    String esp = suite.protocol() + (udp ? "inUDP" : "") + (selectsEsn(suite) ? "/ESN" : "");
    String mode = exchange.mode().orElse(IpsecMode.TUNNEL) == IpsecMode.TRANSPORT ? "transport" : "tunnel";
    int ikeSa = initiator ? 1 : 1 + exchange.invalidKeRounds();
    String dpd = peer.connection().dpd().enabled() ? "active" : "passive";
    Endpoints endpoints = exchange.endpoints();
    String natd = udp
        ? " NATD=" + (initiator ? endpoints.responderHost() : endpoints.initiatorHost()).addressText() + ":4500" : "";
    return (initiator ? "initiator" : "responder") + " established Child SA using #" + ikeSa + "; IPsec " + mode
        + " " + selectors + " {" + esp + "=>0x<spi> <0x<spi> xfrm=" + LibreswanWording.xfrm(suite)
        + natd + " DPD=" + dpd + "}";
  }

  /**
   * ESP in UDP: an end that forces encapsulation fakes its NAT detection, so both treat the path
   * as NATed (case C35). A real NAT is not visible in the configurations.
   */
  private static boolean encapsulated(Exchange exchange) {
    return exchange.initiator().connection().forceEncapsulation().value()
        || exchange.responderConnection().forceEncapsulation().value();
  }

  private static boolean selectsEsn(Proposal suite) {
    return suite.of(TransformType.ESN).stream().anyMatch(t -> t.ianaName().equals("EXT_SEQ"));
  }

  /** The selectors the SA ends up with: the responder's answer (the initiator's check keeps them). */
  private static TsPair agreed(Exchange exchange) {
    return exchange.returnedTs().orElseThrow();
  }
}
