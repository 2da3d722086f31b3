// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.negotiation.check;

import io.github.ipseclint.model.crypto.IkeVersion;
import io.github.ipseclint.model.ipsec.AuthMethod;
import io.github.ipseclint.model.ipsec.Connection;
import io.github.ipseclint.negotiation.Peer;
import io.github.ipseclint.negotiation.exchange.Exchange;
import io.github.ipseclint.negotiation.selector.Endpoints;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The responder's connections that can answer a first packet (negotiation.md §10.2 step 1): those
 * it has loaded, for the packet's addresses and IKE version, best first. strongSwan ranks by the
 * address score (the peer's address weighs twice the own one) and prefers a fixed version to
 * "any"; Libreswan takes connections naming the peer's address before {@code %any} templates and,
 * among them, prefers the remote authentication ECDSA/RSA > PSK > NULL.
 */
final class ResponderConfigs {
  private static final int ME = 4;
  private static final int OTHER = 8;

  private final Exchange exchange;
  private final Endpoints endpoints;
  private final LoadCheck loadCheck = new LoadCheck();

  ResponderConfigs(Exchange exchange, Endpoints endpoints) {
    this.exchange = exchange;
    this.endpoints = endpoints;
  }

  /** The loaded connections whose addresses fit the packet, whatever their version, in load order. */
  List<Connection> byAddress() {
    List<Connection> fitting = new ArrayList<>();
    // The index leaves out the connections naming other peers' addresses; the scores below decide.
    for (Connection connection : exchange.responder().daemon().connectionsFor(endpoints.initiator(),
        exchange.responder().connection())) {
      if (remoteFit(connection) > 0 && localFit(connection) > 0 && loads(connection)) {
        fitting.add(connection);
      }
    }
    return fitting;
  }

  /** Those of {@link #byAddress()} that accept {@code version}, best first. */
  List<Connection> forVersion(IkeVersion version) {
    List<Connection> accepting = byAddress().stream().filter(connection -> accepts(connection, version)).toList();
    Comparator<Connection> order = exchange.responder().isStrongswan()
        ? Comparator.comparingInt(this::strongswanScore).reversed()
        : Comparator.comparing((Connection connection) -> AddressMatch.isWildcard(connection.remote().addresses().value()))
            .thenComparingInt(ResponderConfigs::libreswanAuthRank);
    return accepting.stream().sorted(order).toList();
  }

  private boolean accepts(Connection connection, IkeVersion version) {
    IkeVersion configured = connection.version().value();
    return configured == version || (configured == IkeVersion.ANY && exchange.responder().isStrongswan());
  }

  private int strongswanScore(Connection connection) {
    int fixedVersion = connection.version().value() == IkeVersion.ANY ? 0 : 1;
    return localFit(connection) * ME + remoteFit(connection) * OTHER + fixedVersion;
  }

  /** pluto tries the remote methods ECDSA, RSA, RSA-PKCS#1 1.5, PSK, NULL in this order. */
  private static int libreswanAuthRank(Connection connection) {
    AuthMethod method = connection.remote().auth().get(0).method().value();
    return switch (method) {
      case PUBKEY -> 0;
      case PSK -> 1;
      case NULL -> 2;
      default -> 3;
    };
  }

  /**
   * The paired connection always fits: the user (or the pairing) says the two ends belong
   * together, so names and unknown addresses are taken to resolve the way that pairing needs.
   */
  private int localFit(Connection connection) {
    int fit = AddressMatch.quality(connection.local().addresses().value(), endpoints.responder());
    return isPaired(connection) ? Math.max(fit, AddressMatch.ANY) : fit;
  }

  private int remoteFit(Connection connection) {
    int fit = AddressMatch.quality(connection.remote().addresses().value(), endpoints.initiator());
    return isPaired(connection) ? Math.max(fit, AddressMatch.ANY) : fit;
  }

  private boolean isPaired(Connection connection) {
    return connection == exchange.responder().connection();
  }

  private boolean loads(Connection connection) {
    return loadCheck.validate(new Peer(exchange.responder().daemon(), connection),
        exchange.initiatorSide().other()).isEmpty();
  }
}
