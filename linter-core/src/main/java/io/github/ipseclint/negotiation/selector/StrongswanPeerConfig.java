// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.negotiation.selector;

import io.github.ipseclint.model.ipsec.AuthRound;
import io.github.ipseclint.model.ipsec.Child;
import io.github.ipseclint.model.ipsec.Configured;
import io.github.ipseclint.model.ipsec.Connection;
import io.github.ipseclint.model.ipsec.ConnectionEnd;
import java.util.ArrayList;
import java.util.List;

/**
 * The CHILD configs of the peer config a strongSwan responder picked in IKE_AUTH (negotiation.md
 * §8.1): a swanctl connection's children; for ipsec.conf, stroke merges conns whose IKE and peer
 * parameters are all equal into the first one's peer config at load time, so their children
 * count too (case C34).
 */
public final class StrongswanPeerConfig {

  /** A CHILD config and the conn it was written in. */
  public record Member(Connection connection, Child child) {}

  private StrongswanPeerConfig() {}

  /**
   * @param selected the connection the responder picked
   * @param loaded the peer configs of the daemon
   */
  public static List<Member> children(Connection selected, PeerConfigGroups loaded) {
    List<Member> members = new ArrayList<>();
    for (Connection conn : loaded.merged(selected)) {
      conn.children().forEach(child -> members.add(new Member(conn, child)));
    }
    return members;
  }

  /** The values of charon's {@code ike_cfg} and {@code peer_cfg} equality, without their places. */
  static List<Object> key(Connection conn) {
    List<Object> key = new ArrayList<>();
    key.add(conn.version().value());
    end(conn.local(), key);
    end(conn.remote(), key);
    key.add(conn.ikeProposals().value().canonicalText());
    key.add(conn.aggressive().value());
    key.add(conn.vipRequests().value());
    key.add(conn.pools().value());
    key.add(conn.ikeLifetimes().rekey().value());
    key.add(conn.ikeLifetimes().reauth().value());
    key.add(conn.ikeLifetimes().over().value());
    key.add(conn.dpd().delay().value());
    key.add(conn.dpd().timeout().map(Configured::value));
    key.add(conn.forceEncapsulation().value());
    key.add(conn.mobike().value());
    key.add(conn.fragmentation().value());
    return key;
  }

  private static void end(ConnectionEnd end, List<Object> key) {
    key.add(end.addresses().value());
    key.add(end.port().value());
    for (AuthRound round : end.auth()) {
      key.add(round.methodLabel());
      key.add(round.id().value().type());
      key.add(round.id().value().written().value());
      round.certificates().forEach(certificate -> key.add(certificate.value()));
    }
  }
}
