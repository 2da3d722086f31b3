// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.benchmarks;

import java.util.List;

/**
 * The configuration text of one generated gateway for the pairing benchmarks, in one of the three
 * front ends, so that a topology mixes implementations the way real networks do. Addresses come
 * from 198.18.0.0/15, the range RFC 2544 sets aside for benchmarks.
 */
enum SiteConfig {
  SWANCTL,
  STROKE,
  LIBRESWAN;

  /** One tunnel as seen from this gateway. */
  record Conn(String name, String localAddress, String localId, String localSubnet, String remoteAddress,
      String remoteId, String remoteSubnet, boolean starts) {}

  /** Gateway {@code n}'s front end: the three take turns. */
  static SiteConfig of(int n) {
    return values()[n % 3];
  }

  /** The files of a gateway with these connections and one PSK per connection, by relative path. */
  List<GeneratedFile> files(List<Conn> conns, List<String> secrets) {
    return switch (this) {
      case SWANCTL -> List.of(new GeneratedFile("swanctl/swanctl.conf", swanctl(conns, secrets)));
      case STROKE -> List.of(new GeneratedFile("ipsec.conf", ipsecConf(conns, "\tkeyexchange=ikev2\n"
          + "\tike=aes256-sha256-ecp256!\n\tesp=aes256gcm16!\n")), new GeneratedFile("ipsec.secrets", secrets(conns, secrets)));
      // ';' in ike= tells the dialect, as it would for most real Libreswan files
      case LIBRESWAN -> List.of(new GeneratedFile("ipsec.conf", ipsecConf(conns, "\tike=aes256-sha2_256;dh19\n"
          + "\tesp=aes_gcm256\n")), new GeneratedFile("ipsec.secrets", secrets(conns, secrets)));
    };
  }

  /** A file to write below the gateway's directory. */
  record GeneratedFile(String path, String text) {}

  private static String swanctl(List<Conn> conns, List<String> secrets) {
    StringBuilder text = new StringBuilder("connections {\n");
    for (Conn conn : conns) {
      text.append("  ").append(conn.name()).append(" {\n")
          .append("    local_addrs = ").append(conn.localAddress()).append('\n')
          .append(conn.remoteAddress().equals("%any") ? "" : "    remote_addrs = " + conn.remoteAddress() + "\n")
          .append("    proposals = aes256-sha256-ecp256\n")
          .append("    local {\n      auth = psk\n      id = ").append(conn.localId()).append("\n    }\n")
          .append("    remote {\n      auth = psk\n")
          .append(conn.remoteId().equals("%any") ? "" : "      id = " + conn.remoteId() + "\n").append("    }\n")
          .append("    children {\n      net {\n")
          .append("        local_ts = ").append(conn.localSubnet()).append('\n')
          .append("        remote_ts = ").append(conn.remoteSubnet()).append('\n')
          .append("        esp_proposals = aes256gcm16\n")
          .append(conn.starts() ? "        start_action = start\n" : "")
          .append("      }\n    }\n  }\n");
    }
    text.append("}\nsecrets {\n");
    for (int i = 0; i < conns.size(); i++) {
      Conn conn = conns.get(i);
      text.append("  ike-").append(i).append(" {\n");
      if (!conn.remoteId().equals("%any")) {
        text.append("    id-1 = ").append(conn.localId()).append("\n    id-2 = ").append(conn.remoteId()).append('\n');
      }
      text.append("    secret = \"").append(secrets.get(i)).append("\"\n  }\n");
    }
    return text.append("}\n").toString();
  }

  private static String ipsecConf(List<Conn> conns, String crypto) {
    StringBuilder text = new StringBuilder();
    for (Conn conn : conns) {
      text.append("conn ").append(conn.name()).append('\n')
          .append("\tleft=").append(conn.localAddress()).append('\n')
          .append("\tleftid=").append(conn.localId()).append('\n')
          .append("\tleftsubnet=").append(conn.localSubnet()).append('\n')
          .append("\tright=").append(conn.remoteAddress()).append('\n')
          .append("\trightid=").append(conn.remoteId()).append('\n')
          .append("\trightsubnet=").append(conn.remoteSubnet()).append('\n')
          .append("\tauthby=secret\n").append(crypto)
          .append("\tauto=").append(conn.starts() ? "start" : "add").append("\n\n");
    }
    return text.toString();
  }

  private static String secrets(List<Conn> conns, List<String> secrets) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < conns.size(); i++) {
      text.append(conns.get(i).localId()).append(' ').append(conns.get(i).remoteId())
          .append(" : PSK \"").append(secrets.get(i)).append("\"\n");
    }
    return text.toString();
  }
}
